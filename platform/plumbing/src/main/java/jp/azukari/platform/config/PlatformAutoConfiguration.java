package jp.azukari.platform.config;

import java.time.Clock;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.security.ResourceServerSecurity;
import jp.azukari.platform.security.SecurityProperties;
import jp.azukari.platform.web.CorrelationIdFilter;
import jp.azukari.platform.web.ProblemDetailsAdvice;
import jp.azukari.platform.web.ProblemDetailsWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/** Web, security and error handling that every service shares. */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
    })
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class PlatformAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  CurrentActor currentActor(@Value("${spring.application.name}") String serviceName) {
    return new CurrentActor(serviceName);
  }

  @Bean
  FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
    var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  ProblemDetailsWriter problemDetailsWriter(JsonMapper json) {
    return new ProblemDetailsWriter(json);
  }

  @Bean
  ProblemDetailsAdvice problemDetailsAdvice() {
    return new ProblemDetailsAdvice();
  }

  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain resourceServerFilterChain(
      HttpSecurity http, SecurityProperties properties, ProblemDetailsWriter problems)
      throws Exception {
    return ResourceServerSecurity.filterChain(http, properties, problems);
  }
}
