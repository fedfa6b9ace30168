package jp.azukari.gateway.auction;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The SSO hand-off to the external auction system. A signed-in member who follows the member web's
 * link to {@value #PATH} is sent to the auction system's landing page with a fresh hand-off token,
 * and lands there identified without a second login. The auction system checks the token's
 * signature against the key set published at {@value #JWKS_PATH}.
 */
@RestController
public class AuctionHandOffController {

  public static final String PATH = "/auction";
  public static final String JWKS_PATH = "/auction/jwks.json";
  private static final Logger log = LoggerFactory.getLogger(AuctionHandOffController.class);

  private final HandOffTokens tokens;
  private final AuctionSigningKey key;
  private final AuctionProperties properties;

  AuctionHandOffController(
      HandOffTokens tokens, AuctionSigningKey key, AuctionProperties properties) {
    this.tokens = tokens;
    this.key = key;
    this.properties = properties;
  }

  /** Only members reach this (see the gateway's security rules). */
  @GetMapping(PATH)
  Mono<ResponseEntity<Void>> handOff(@AuthenticationPrincipal OidcUser member) {
    return tokens
        .issue(member.getSubject())
        .map(
            token -> {
              log.info("Member {} handed off to the auction system", member.getSubject());
              URI target =
                  UriComponentsBuilder.fromUriString(properties.ssoUrl())
                      .queryParam("token", token)
                      .build()
                      .toUri();
              // The token is a credential: not cached, and not passed on as a Referer.
              return ResponseEntity.status(HttpStatus.FOUND)
                  .location(target)
                  .cacheControl(CacheControl.noStore())
                  .header("Referrer-Policy", "no-referrer")
                  .build();
            });
  }

  /** The public key that verifies hand-off tokens, as a JWK set. Public: it is no secret. */
  @GetMapping(path = JWKS_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<Map<String, Object>>> jwks() {
    return key.publicKey()
        .map(
            publicKey ->
                ResponseEntity.ok()
                    .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                    .body(new JWKSet(publicKey).toJSONObject()));
  }
}
