package jp.azukari.gateway.auction;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Signed, short-lived, single-use hand-off tokens (RS256 JWS) that tell the auction system which
 * member arrives: only the member's id ({@code sub}), for the audience {@value #AUDIENCE}, with a
 * random {@code jti} the auction system remembers so that a token works once.
 */
public class HandOffTokens {

  /** The {@code aud} of every hand-off token. */
  public static final String AUDIENCE = "auction";

  private final AuctionSigningKey key;
  private final AuctionProperties properties;
  private final Clock clock;

  public HandOffTokens(AuctionSigningKey key, AuctionProperties properties, Clock clock) {
    this.key = key;
    this.properties = properties;
    this.clock = clock;
  }

  /** A token for the member whose id (Keycloak subject) is {@code memberId}. */
  public Mono<String> issue(String memberId) {
    return key.privateKey().map(signingKey -> sign(signingKey, memberId));
  }

  private String sign(RSAKey signingKey, String memberId) {
    Instant now = clock.instant();
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(properties.issuer())
            .audience(AUDIENCE)
            .subject(memberId)
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(properties.tokenValidity())))
            .build();
    var header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(signingKey.getKeyID())
            .type(JOSEObjectType.JWT)
            .build();
    var jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(signingKey));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign the auction hand-off token", e);
    }
    return jwt.serialize();
  }
}
