package jp.azukari.auctionstandin.sso;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the stand-in checks Azukari's SSO hand-off.
 *
 * @param jwksUrl the gateway's public key set ({@code AZUKARI_JWKS_URL})
 * @param issuer the {@code iss} the tokens must carry: the gateway's public base URL ({@code
 *     AZUKARI_ISSUER})
 * @param audience the {@code aud} the tokens must be meant for
 * @param clockSkew how far the two machines' clocks may differ
 * @param jwksMinRefreshInterval the shortest pause between two fetches of the key set (a token with
 *     an unknown key id makes the stand-in fetch it again); zero for no limit
 */
@ConfigurationProperties("azukari.sso")
record SsoProperties(
    @DefaultValue("http://localhost:8080/auction/jwks.json") URI jwksUrl,
    @DefaultValue("http://localhost:8080") String issuer,
    @DefaultValue("auction") String audience,
    @DefaultValue("5s") Duration clockSkew,
    @DefaultValue("10s") Duration jwksMinRefreshInterval) {}
