package jp.azukari.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

import com.mongodb.reactivestreams.client.MongoClient;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import jp.azukari.gateway.auction.AuctionSigningKey;
import jp.azukari.testsupport.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ContextConfiguration(initializers = EmbeddedMongo.class)
class GatewayTest {

  static final StubService memberService = new StubService();
  static final StubService notificationService = new StubService();

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    registry.add("MEMBER_SERVICE_URL", memberService::url);
    registry.add("NOTIFICATION_SERVICE_URL", notificationService::url);
    registry.add("ITEM_SERVICE_URL", StubService::deadUrl);
    registry.add("azukari.gateway.circuit-breaker.timeout", () -> "2s");
  }

  @AfterAll
  static void stop() {
    memberService.close();
    notificationService.close();
  }

  @Autowired WebTestClient web;
  @Autowired ApplicationContext context;
  @Autowired MongoClient mongoClient;

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
  void servicesLearnTheClientAddressTheGatewaySawNotOneTheClientWrote() {
    web.post()
        .uri("/api/members/registrations")
        .cookie("XSRF-TOKEN", "token-1")
        .header("X-XSRF-TOKEN", "token-1")
        .header("X-Correlation-Id", "forged-address-1")
        .header("X-Forwarded-For", "6.6.6.6")
        .header("X-Forwarded-For", "7.7.7.7, 8.8.8.8")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"email\":\"jiro@example.com\"}")
        .exchange()
        .expectStatus()
        .isAccepted();

    assertThat(memberService.received)
        .filteredOn(received -> "forged-address-1".equals(received.correlationId()))
        .singleElement()
        .satisfies(received -> assertThat(received.forwardedFor()).containsExactly("127.0.0.1"));
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
  void theGuestContactFormPassesWithoutLoginWhileTheRestOfTheInboxNeedsOne() {
    // No inquiry-service runs here: getting past security means the route's fallback answers.
    web.get().uri("/api/inquiries/guest/challenge").exchange().expectStatus().isEqualTo(503);
    web.post()
        .uri("/api/inquiries/guest")
        .cookie("XSRF-TOKEN", "token-1")
        .header("X-XSRF-TOKEN", "token-1")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isEqualTo(503);
    web.get().uri("/api/inquiries/me").exchange().expectStatus().isUnauthorized();
    web.get().uri("/api/inquiries").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void aNewsletterUnsubscribeLinkWorksWithoutLoginButNothingElseOfTheNotificationsApi() {
    web.post()
        .uri("/api/notifications/unsubscribe/bWVtYmVy.c2lnbmF0dXJl")
        .cookie("XSRF-TOKEN", "token-1")
        .header("X-XSRF-TOKEN", "token-1")
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    assertThat(notificationService.received)
        .anyMatch(
            received ->
                received.path().equals("/api/notifications/unsubscribe/bWVtYmVy.c2lnbmF0dXJl"));
    web.get().uri("/api/notifications/me").exchange().expectStatus().isUnauthorized();
    web.post()
        .uri("/api/notifications/broadcasts")
        .cookie("XSRF-TOKEN", "token-1")
        .header("X-XSRF-TOKEN", "token-1")
        .exchange()
        .expectStatus()
        .isUnauthorized();
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

  static SecurityMockServerConfigurers.OidcLoginMutator member(String subject) {
    return mockOidcLogin()
        .idToken(token -> token.subject(subject))
        .authorities(new SimpleGrantedAuthority("ROLE_member"));
  }

  /** Follows the auction link as the member and returns the hand-off token it carries. */
  String handOffTokenFor(String subject) {
    URI location =
        loggedIn(member(subject))
            .get()
            .uri("/auction")
            .accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus()
            .isFound()
            .expectHeader()
            .cacheControl(org.springframework.http.CacheControl.noStore())
            .returnResult(Void.class)
            .getResponseHeaders()
            .getLocation();
    assertThat(location).isNotNull();
    assertThat(location.toString()).startsWith("http://localhost:8090/sso?token=");
    return UriComponentsBuilder.fromUri(location).build().getQueryParams().getFirst("token");
  }

  JWKSet publishedKeys() throws Exception {
    String body =
        web.get()
            .uri("/auction/jwks.json")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    return JWKSet.parse(body);
  }

  @Test
  void theAuctionLinkSendsAMemberThereWithASignedShortLivedTokenOfTheirIdOnly() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    var token = SignedJWT.parse(handOffTokenFor("member-42"));

    JWKSet keys = publishedKeys();
    assertThat(keys.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
    var key = (RSAKey) keys.getKeyByKeyId(token.getHeader().getKeyID());
    assertThat(key).as("the token's key is published").isNotNull();
    assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(token.verify(new RSASSAVerifier(key))).isTrue();

    JWTClaimsSet claims = token.getJWTClaimsSet();
    assertThat(claims.getClaims().keySet())
        .as("nothing but the member's id and the token's own facts")
        .containsExactlyInAnyOrder("iss", "aud", "sub", "jti", "iat", "exp");
    assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080");
    assertThat(claims.getAudience()).containsExactly("auction");
    assertThat(claims.getSubject()).isEqualTo("member-42");
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getIssueTime().toInstant())
        .isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertThat(
            Duration.between(
                claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
        .isEqualTo(Duration.ofSeconds(60));

    var next = SignedJWT.parse(handOffTokenFor("member-42")).getJWTClaimsSet();
    assertThat(next.getJWTID()).as("every hand-off is a new token").isNotEqualTo(claims.getJWTID());
  }

  @Test
  void aTokenWhosePayloadWasEditedNoLongerVerifies() throws Exception {
    String[] parts = handOffTokenFor("member-42").split("\\.");
    String forged =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(
                        java.util.Base64.getUrlDecoder().decode(parts[1]),
                        java.nio.charset.StandardCharsets.UTF_8)
                    .replace("member-42", "member-43")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var token = SignedJWT.parse(parts[0] + "." + forged + "." + parts[2]);

    var key = (RSAKey) publishedKeys().getKeyByKeyId(token.getHeader().getKeyID());
    assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("member-43");
    assertThat(token.verify(new RSASSAVerifier(key))).isFalse();
  }

  @Test
  void theAuctionLinkIsForMembersOnly() {
    loggedIn(mockOidcLogin().authorities(new SimpleGrantedAuthority("ROLE_staff")))
        .get()
        .uri("/auction")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .doesNotExist("Location");
  }

  @Test
  void theAuctionLinkSendsSomeoneNotLoggedInToTheLoginAndBack() {
    web.get()
        .uri("/auction")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isFound()
        .expectHeader()
        .location("/login?returnTo=/auction");
  }

  @Test
  void everyGatewayInstanceSignsWithTheSameKeyKeptInMongoDb() {
    var database = new ReactiveMongoTemplate(mongoClient, "auction-key-" + UUID.randomUUID());
    var first = new AuctionSigningKey(database, Clock.systemUTC(), null);
    var second = new AuctionSigningKey(database, Clock.systemUTC(), null);

    var keys = Mono.zip(first.publicKey(), second.publicKey()).block(Duration.ofSeconds(30));
    var later = new AuctionSigningKey(database, Clock.systemUTC(), null).publicKey().block();

    assertThat(keys.getT1()).isEqualTo(keys.getT2()).isEqualTo(later);
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
