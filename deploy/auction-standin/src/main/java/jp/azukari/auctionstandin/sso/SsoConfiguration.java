package jp.azukari.auctionstandin.sso;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SsoProperties.class)
class SsoConfiguration {

  /**
   * The gateway's key set, fetched when first needed and cached; a token naming a key id that is
   * not in the cached set makes it fetch the set again (at most once per {@code
   * jwks-min-refresh-interval}), so a new gateway key is picked up without a restart.
   */
  @Bean
  JWKSource<SecurityContext> gatewayKeys(SsoProperties properties) throws MalformedURLException {
    long minInterval = properties.jwksMinRefreshInterval().toMillis();
    var builder =
        JWKSourceBuilder.<SecurityContext>create(
                properties.jwksUrl().toURL(), new DefaultResourceRetriever(2000, 2000, 50 * 1024))
            .retrying(true);
    return (minInterval > 0 ? builder.rateLimited(minInterval) : builder.rateLimited(false))
        .build();
  }

  @Bean
  UsedTokens usedTokens(Clock clock, SsoProperties properties) {
    return new UsedTokens(clock, properties.clockSkew());
  }

  @Bean
  HandOffVerifier handOffVerifier(
      JWKSource<SecurityContext> gatewayKeys,
      SsoProperties properties,
      UsedTokens usedTokens,
      Clock clock) {
    return new HandOffVerifier(gatewayKeys, properties, usedTokens, clock);
  }
}
