package jp.azukari.gateway.auction;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class AuctionHandOffConfiguration {

  @Bean
  AuctionSigningKey auctionSigningKey(
      ReactiveMongoTemplate mongo, Clock clock, AuctionProperties properties) {
    return new AuctionSigningKey(mongo, clock, properties.signingKey());
  }

  @Bean
  HandOffTokens handOffTokens(AuctionSigningKey key, AuctionProperties properties, Clock clock) {
    return new HandOffTokens(key, properties, clock);
  }
}
