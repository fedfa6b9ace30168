package jp.azukari.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

@Configuration
class RoutingConfiguration {

  /**
   * @param timeout how long a service may take to answer before the client gets the fallback
   * @param openFor how long a circuit stays open before it lets a trial request through
   */
  @ConfigurationProperties("azukari.gateway.circuit-breaker")
  record CircuitBreakerProperties(
      @DefaultValue("10s") Duration timeout, @DefaultValue("10s") Duration openFor) {}

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Rate limits count per logged-in user, or per client address for anonymous requests. */
  @Bean
  KeyResolver clientKeyResolver() {
    return exchange ->
        exchange
            .getPrincipal()
            .map(principal -> "user:" + principal.getName())
            .switchIfEmpty(
                Mono.fromSupplier(
                    () -> {
                      var address = exchange.getRequest().getRemoteAddress();
                      return "address:"
                          + (address == null ? "unknown" : address.getAddress().getHostAddress());
                    }));
  }

  @Bean
  Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(
      CircuitBreakerProperties properties) {
    return factory ->
        factory.configureDefault(
            id ->
                new Resilience4JConfigBuilder(id)
                    .circuitBreakerConfig(
                        CircuitBreakerConfig.custom()
                            .slidingWindowSize(20)
                            .minimumNumberOfCalls(10)
                            .failureRateThreshold(50)
                            .waitDurationInOpenState(properties.openFor())
                            .build())
                    .timeLimiterConfig(
                        TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).build())
                    .build());
  }
}
