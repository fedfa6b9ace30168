package jp.azukari.auctionstandin.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import jp.azukari.auctionstandin.sso.HandOffRefused.Reason;

/**
 * Checks Azukari's SSO hand-off token, step by step so that a refusal says which rule it broke:
 * RS256 with a key of the gateway's published key set (fetched when a token names a key id not seen
 * yet), the issuer, the audience, the expiry, and that the token was not used before.
 */
class HandOffVerifier {

  private final JWKSource<SecurityContext> keys;
  private final SsoProperties properties;
  private final UsedTokens usedTokens;
  private final Clock clock;

  HandOffVerifier(
      JWKSource<SecurityContext> keys,
      SsoProperties properties,
      UsedTokens usedTokens,
      Clock clock) {
    this.keys = keys;
    this.properties = properties;
    this.usedTokens = usedTokens;
    this.clock = clock;
  }

  /**
   * The member a hand-off token names; the token cannot be used again.
   *
   * @throws HandOffRefused if the token identifies nobody
   */
  String memberOf(String token) throws HandOffRefused {
    if (token == null || token.isBlank()) {
      throw new HandOffRefused(Reason.MISSING);
    }
    SignedJWT jwt = parse(token);
    verifySignature(jwt);
    JWTClaimsSet claims = claims(jwt);
    checkClaims(claims);
    if (!usedTokens.firstUse(claims.getJWTID(), claims.getExpirationTime().toInstant())) {
      throw new HandOffRefused(Reason.REPLAYED);
    }
    return claims.getSubject();
  }

  private static SignedJWT parse(String token) throws HandOffRefused {
    try {
      return SignedJWT.parse(token.strip());
    } catch (ParseException e) {
      throw new HandOffRefused(Reason.MALFORMED, e);
    }
  }

  private void verifySignature(SignedJWT jwt) throws HandOffRefused {
    // Only what the gateway signs with: never "none", never a shared-secret algorithm.
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      throw new HandOffRefused(Reason.BAD_SIGNATURE);
    }
    String keyId = jwt.getHeader().getKeyID();
    if (keyId == null) {
      throw new HandOffRefused(Reason.UNKNOWN_KEY);
    }
    List<JWK> candidates;
    try {
      candidates =
          keys.get(
              new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA).keyID(keyId).build()),
              null);
    } catch (KeySourceException e) {
      throw new HandOffRefused(Reason.KEYS_UNAVAILABLE, e);
    }
    if (candidates.isEmpty()) {
      throw new HandOffRefused(Reason.UNKNOWN_KEY);
    }
    try {
      if (!jwt.verify(new RSASSAVerifier((RSAKey) candidates.getFirst()))) {
        throw new HandOffRefused(Reason.BAD_SIGNATURE);
      }
    } catch (JOSEException e) {
      throw new HandOffRefused(Reason.BAD_SIGNATURE, e);
    }
  }

  private static JWTClaimsSet claims(SignedJWT jwt) throws HandOffRefused {
    try {
      return jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new HandOffRefused(Reason.MALFORMED, e);
    }
  }

  private void checkClaims(JWTClaimsSet claims) throws HandOffRefused {
    if (!properties.issuer().equals(claims.getIssuer())) {
      throw new HandOffRefused(Reason.WRONG_ISSUER);
    }
    if (claims.getAudience() == null || !claims.getAudience().contains(properties.audience())) {
      throw new HandOffRefused(Reason.WRONG_AUDIENCE);
    }
    if (blank(claims.getSubject())
        || blank(claims.getJWTID())
        || claims.getIssueTime() == null
        || claims.getExpirationTime() == null) {
      throw new HandOffRefused(Reason.INCOMPLETE);
    }
    Instant now = clock.instant();
    if (instant(claims.getIssueTime()).isAfter(now.plus(properties.clockSkew()))) {
      throw new HandOffRefused(Reason.NOT_YET_VALID);
    }
    if (!instant(claims.getExpirationTime()).isAfter(now.minus(properties.clockSkew()))) {
      throw new HandOffRefused(Reason.EXPIRED);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static Instant instant(Date date) {
    return date.toInstant();
  }
}
