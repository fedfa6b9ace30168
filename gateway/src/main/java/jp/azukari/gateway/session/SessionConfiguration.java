package jp.azukari.gateway.session;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.ResponseCookie;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

@Configuration
@EnableSpringWebSession
class SessionConfiguration {

  @Bean
  MongoWebSessions reactiveSessionRepository(
      ReactiveMongoTemplate mongo,
      @Value("${azukari.gateway.session-timeout:30m}") Duration timeout) {
    return new MongoWebSessions(mongo, timeout);
  }

  @Bean
  WebSessionIdResolver webSessionIdResolver(
      @Value("${azukari.gateway.secure-cookies:false}") boolean secure) {
    var resolver = new CookieWebSessionIdResolver();
    resolver.setCookieName("AZUKARI_SESSION");
    resolver.addCookieInitializer(
        (ResponseCookie.ResponseCookieBuilder cookie) ->
            cookie.httpOnly(true).sameSite("Lax").secure(secure).path("/"));
    return resolver;
  }
}
