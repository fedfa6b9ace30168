package jp.azukari.gateway.auction;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SSO hand-off to the external auction system.
 *
 * @param url the auction system as the browser reaches it; members are sent to {@code <url>/sso}
 * @param issuer the gateway's public base URL, the {@code iss} of every hand-off token; the auction
 *     system checks it
 * @param signingKey an RSA private key as a JWK (JSON) to sign with; when empty, the gateway
 *     creates one once and keeps it in its MongoDB database, shared by every instance
 * @param tokenValidity how long a hand-off token may be used
 */
@ConfigurationProperties("azukari.gateway.auction")
public record AuctionProperties(
    @DefaultValue("http://localhost:8090") String url,
    @DefaultValue("http://localhost:8080") String issuer,
    String signingKey,
    @DefaultValue("60s") Duration tokenValidity) {

  /** The landing page of the hand-off on the auction system. */
  String ssoUrl() {
    return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/sso";
  }
}
