package jp.azukari.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

import java.util.Map;
import jp.azukari.testsupport.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ContextConfiguration(initializers = EmbeddedMongo.class)
class GatewayTest {

  static final StubService memberService = new StubService();

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    registry.add("MEMBER_SERVICE_URL", memberService::url);
    registry.add("ITEM_SERVICE_URL", StubService::deadUrl);
    registry.add("azukari.gateway.circuit-breaker.timeout", () -> "2s");
  }

  @AfterAll
  static void stop() {
    memberService.close();
  }

  @Autowired WebTestClient web;
  @Autowired ApplicationContext context;

  /** A client that can pretend to be logged in, bound to the application rather than the port. */
  WebTestClient loggedIn(SecurityMockServerConfigurers.OidcLoginMutator login) {
    return WebTestClient.bindToApplicationContext(context)
        .apply(SecurityMockServerConfigurers.springSecurity())
        .configureClient()
        .build()
        .mutateWith(login);
  }

  @Test
  void theApiNeedsALoginAndSaysSoInProblemDetails() {
    web.get()
        .uri("/api/items/1")
        .header("X-Correlation-Id", "call-123")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals("X-Correlation-Id", "call-123")
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(401)
        .jsonPath("$.correlationId")
        .isEqualTo("call-123");
  }

  @Test
  void everyAnswerCarriesACsrfTokenForTheWebFrontEndEvenWithoutALogin() {
    web.get()
        .uri("/api/me")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectCookie()
        .exists("XSRF-TOKEN")
        .expectCookie()
        .httpOnly("XSRF-TOKEN", false);
  }

  @Test
  void publicSignUpIsRoutedWithoutLoginButOnlyWithTheCsrfToken() {
    web.post()
        .uri("/api/members/registrations")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"email\":\"taro@example.com\"}")
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(memberService.received)
        .noneMatch(r -> r.path().equals("/api/members/registrations"));

    web.post()
        .uri("/api/members/registrations")
        .cookie("XSRF-TOKEN", "token-1")
        .header("X-XSRF-TOKEN", "token-1")
        .header("X-Correlation-Id", "signup-1")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"email\":\"taro@example.com\"}")
        .exchange()
        .expectStatus()
        .isAccepted();
    assertThat(memberService.received)
        .anySatisfy(
            received -> {
              assertThat(received.path()).isEqualTo("/api/members/registrations");
              assertThat(received.correlationId()).isEqualTo("signup-1");
              assertThat(received.authorization()).isNull();
            });
  }

  @Test
  void theConfirmationLinkIsCheckedAndUsedWithoutLogin() {
    for (String path :
        new String[] {
          "/api/members/registrations/confirmations/check",
          "/api/members/registrations/confirmations"
        }) {
      web.post()
          .uri(path)
          .cookie("XSRF-TOKEN", "token-1")
          .header("X-XSRF-TOKEN", "token-1")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue("{\"token\":\"abc\",\"password\":\"a good password\"}")
          .exchange()
          .expectStatus()
          .is2xxSuccessful();
      assertThat(memberService.received).anyMatch(received -> received.path().equals(path));
    }
  }

  @Test
  void aServiceThatDoesNotAnswerGivesTheFallbackProblem() {
    loggedIn(mockOidcLogin())
        .get()
        .uri("/api/items/42")
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.service")
        .isEqualTo("item-service")
        .jsonPath("$.title")
        .isEqualTo("Service temporarily unavailable");
  }

  @Test
  void whoAmIShowsTheLoggedInPersonAndTheirRealmRoles() {
    loggedIn(
            mockOidcLogin()
                .idToken(
                    token ->
                        token.claims(
                            claims ->
                                claims.putAll(
                                    Map.of(
                                        "sub", "user-7",
                                        "name", "一郎 佐藤",
                                        "given_name", "一郎",
                                        "family_name", "佐藤",
                                        "email", "staff@example.com"))))
                .authorities(
                    new SimpleGrantedAuthority("ROLE_staff"),
                    new SimpleGrantedAuthority("ROLE_kyc-verifier"),
                    new SimpleGrantedAuthority("SCOPE_openid")))
        .get()
        .uri("/api/me")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.subject")
        .isEqualTo("user-7")
        .jsonPath("$.name")
        .isEqualTo("佐藤 一郎")
        .jsonPath("$.email")
        .isEqualTo("staff@example.com")
        .jsonPath("$.roles")
        .isEqualTo(java.util.List.of("kyc-verifier", "staff"));
  }

  @Test
  void loginGoesToKeycloakAndComesBackOnlyToThisSite() {
    web.get()
        .uri("/login?returnTo=/admin/")
        .exchange()
        .expectStatus()
        .isFound()
        .expectHeader()
        .location("/oauth2/authorization/keycloak");

    web.get()
        .uri("/oauth2/authorization/keycloak")
        .exchange()
        .expectStatus()
        .isFound()
        .expectHeader()
        .value(
            "Location",
            location ->
                assertThat(location)
                    .startsWith("http://localhost:8180/realms/azukari/protocol/openid-connect/auth")
                    .contains("client_id=azukari-gateway")
                    .contains("scope=openid"));
  }

  @Test
  void deepLinksOfBothFacesOpenTheirPages() {
    web.get()
        .uri("/admin/me")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(body -> assertThat(body).contains("admin console"));
    web.get()
        .uri("/me")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(body -> assertThat(body).contains("member web"));
  }

  @Test
  void reportsHealthForOrchestrators() {
    web.get()
        .uri("/actuator/health/readiness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
  }
}
