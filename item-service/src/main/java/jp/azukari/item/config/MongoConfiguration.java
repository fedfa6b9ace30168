package jp.azukari.item.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Dates without a time (a member's birth date in the member read model) are stored as midnight UTC,
 * so every instance reads the same day whatever its time zone (Spring Data's default would use the
 * JVM's zone).
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

  @Bean
  MongoCustomConversions mongoCustomConversions() {
    return MongoCustomConversions.create(
        conversions -> conversions.useNativeDriverJavaTimeCodecs());
  }
}
