package jp.azukari.gateway.security;

import java.net.URI;
import jp.azukari.gateway.auction.AuctionHandOffController;
import jp.azukari.gateway.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * The gateway is the backend for the two web faces: users log in with Keycloak's authorization code
 * flow, the browser holds only a session cookie, and the access token is relayed to the services.
 * State-changing requests need the CSRF token from the {@code XSRF-TOKEN} cookie, sent back as the
 * {@code X-XSRF-TOKEN} header (or the {@code _csrf} form field for the logout form).
 */
@Configuration
@EnableWebFluxSecurity
class GatewaySecurity {

  @Bean
  SecurityWebFilterChain gatewaySecurityChain(
      ServerHttpSecurity http, ReactiveClientRegistrationRepository clients, Problems problems) {
    ServerAccessDeniedHandler denied =
        (exchange, e) ->
            problems.write(
                exchange,
                HttpStatus.FORBIDDEN,
                "Not allowed",
                "This request is not allowed. Reload the page and try again.");
    var redirects = new DefaultServerRedirectStrategy();
    var logoutSuccess = new OidcClientInitiatedServerLogoutSuccessHandler(clients);
    logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
    return http.authorizeExchange(
            exchange ->
                exchange
                    .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                    .permitAll()
                    // Signing up and opening the confirmation link need no account yet.
                    .pathMatchers(
                        HttpMethod.POST,
                        "/api/members/registrations",
                        "/api/members/registrations/confirmations",
                        "/api/members/registrations/confirmations/check")
                    .permitAll()
                    // The public contact form: a guest asks a question without an account.
                    .pathMatchers(HttpMethod.GET, "/api/inquiries/guest/challenge")
                    .permitAll()
                    .pathMatchers(HttpMethod.POST, "/api/inquiries/guest")
                    .permitAll()
                    // The satisfaction survey's page: its link's random token is the key. The
                    // results under the same path are for staff (the inquiry-service checks roles).
                    .pathMatchers(
                        "/api/inquiries/survey/results", "/api/inquiries/survey/results.csv")
                    .authenticated()
                    .pathMatchers(HttpMethod.GET, "/api/inquiries/survey/*")
                    .permitAll()
                    .pathMatchers(HttpMethod.POST, "/api/inquiries/survey/*")
                    .permitAll()
                    // A newsletter's unsubscribe link works without a login (a signed token).
                    .pathMatchers(HttpMethod.POST, "/api/notifications/unsubscribe/*")
                    .permitAll()
                    .pathMatchers("/api/**")
                    .authenticated()
                    // The auction system fetches the hand-off's public key without a login.
                    .pathMatchers(HttpMethod.GET, AuctionHandOffController.JWKS_PATH)
                    .permitAll()
                    .pathMatchers(AuctionHandOffController.PATH)
                    .hasRole("member")
                    .anyExchange()
                    .permitAll())
        .oauth2Login(
            login ->
                login.loginPage("/login").authenticationSuccessHandler(returnToSuccessHandler()))
        .oauth2Client(client -> {})
        .logout(logout -> logout.logoutSuccessHandler(logoutSuccess))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                    .accessDeniedHandler(denied))
        .addFilterAfter(csrfCookieFilter(), SecurityWebFiltersOrder.CSRF)
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(
                        (exchange, e) ->
                            isAuctionHandOff(exchange)
                                ? redirects.sendRedirect(exchange, AUCTION_LOGIN)
                                : problems.write(
                                    exchange,
                                    HttpStatus.UNAUTHORIZED,
                                    "Login required",
                                    "Please log in to continue."))
                    .accessDeniedHandler(denied))
        .build();
  }

  /**
   * The auction link is a plain browser navigation, not an API call: without a login it goes to the
   * login page, which comes back to the link afterwards.
   */
  private static final URI AUCTION_LOGIN =
      URI.create("/login?returnTo=" + AuctionHandOffController.PATH);

  private static boolean isAuctionHandOff(ServerWebExchange exchange) {
    return exchange
        .getRequest()
        .getPath()
        .pathWithinApplication()
        .value()
        .equals(AuctionHandOffController.PATH);
  }

  private static ServerAuthenticationSuccessHandler returnToSuccessHandler() {
    var redirects = new DefaultServerRedirectStrategy();
    return (webFilterExchange, authentication) ->
        webFilterExchange
            .getExchange()
            .getSession()
            .flatMap(
                session -> {
                  String target =
                      LoginController.safeReturnTo(
                          (String) session.getAttributes().remove(LoginController.RETURN_TO));
                  return redirects.sendRedirect(
                      webFilterExchange.getExchange(), URI.create(target));
                });
  }

  /**
   * The CSRF cookie is written lazily; touching the token on every request makes sure the web front
   * end always has one to send back.
   */
  @Bean
  WebFilter csrfCookieFilter() {
    return (exchange, chain) -> {
      Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
      return (token != null ? token.then() : Mono.<Void>empty()).then(chain.filter(exchange));
    };
  }
}
