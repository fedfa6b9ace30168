package jp.azukari.member.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Opening the link: once, before it expires, with a password the realm accepts. */
@ServiceTest
class ConfirmationTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String PASSWORD = "correct horse battery";

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired RegistrationRepository repository;
  @Autowired InMemoryUserAccounts keycloak;
  @Autowired MongoTemplate mongo;

  TestHttp http;
  Mailbox mailbox;
  EventsProbe events;

  @BeforeEach
  void setUp() {
    http = TestHttp.on(port);
    mailbox = new Mailbox(kafka.getBrokersAsString(), envelopes);
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER);
  }

  @AfterEach
  void tearDown() {
    keycloak.down(false);
    mailbox.close();
    events.close();
  }

  String signedUp() {
    String email = "hanako+" + UUID.randomUUID() + "@example.com";
    http.postJson("/api/members/registrations", "{\"email\":\"" + email + "\"}", null);
    return email;
  }

  HttpResponse<String> check(String token) {
    return http.postJson(
        "/api/members/registrations/confirmations/check", "{\"token\":\"" + token + "\"}", null);
  }

  HttpResponse<String> confirm(String token, String password) {
    return http.postJson(
        "/api/members/registrations/confirmations",
        "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}",
        null);
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  @Test
  void theCheckShowsTheAddressBeforeThePasswordIsChosen() {
    String email = signedUp();

    var response = check(mailbox.token(email, 1));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("email").asString()).isEqualTo(email);
    assertThat(json(response).get("purpose").asString()).isEqualTo("SIGN_UP");
  }

  @Test
  void confirmingCreatesTheKeycloakUserAndAProvisionalMemberWithAConfirmedAddress() {
    String email = signedUp();

    var response = confirm(mailbox.token(email, 1), PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json(response).get("email").asString()).isEqualTo(email);
    var account = keycloak.byEmail(email);
    assertThat(account.emailVerified()).isTrue();
    assertThat(account.password()).isEqualTo(PASSWORD);
    var me = http.get("/api/members/me", TestIssuer.member(account.id()));
    assertThat(json(me).get("id").asString()).isEqualTo(account.id());
    assertThat(json(me).get("email").asString()).isEqualTo(email);
    assertThat(json(me).get("emailConfirmed").asBoolean()).isTrue();
    assertThat(json(me).get("status").asString()).isEqualTo("PROVISIONAL");
    var created =
        events.awaitRecords(
            r -> r.value().contains("member.MemberCreated") && r.value().contains(email),
            1,
            Duration.ofSeconds(20));
    assertThat(envelopes.fromJson(created.getFirst().value()).data())
        .containsEntry("emailConfirmed", true)
        .containsEntry("channel", "WEB");
    var confirmed =
        events.awaitRecords(
            r -> r.value().contains("member.RegistrationConfirmed") && r.value().contains(email),
            1,
            Duration.ofSeconds(20));
    assertThat(envelopes.fromJson(confirmed.getFirst().value()).data())
        .containsEntry("memberId", account.id());
  }

  @Test
  void aLinkWorksOnlyOnce() {
    String email = signedUp();
    String token = mailbox.token(email, 1);
    confirm(token, PASSWORD);

    var again = confirm(token, "another password");

    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(json(again).get("code").asString()).isEqualTo("link-used");
    assertThat(json(check(token)).get("code").asString()).isEqualTo("link-used");
    assertThat(keycloak.count(email)).isEqualTo(1);
    assertThat(keycloak.byEmail(email).password()).isEqualTo(PASSWORD);
  }

  @Test
  void anExpiredLinkIsRefusedAndCreatesNothing() {
    String email = signedUp();
    String token = mailbox.token(email, 1);
    mongo.updateFirst(
        Query.query(Criteria.where("email").is(email)),
        Update.update("linkExpiresAt", Instant.now().minusSeconds(1)),
        Registration.class);

    var response = confirm(token, PASSWORD);

    assertThat(response.statusCode()).isEqualTo(410);
    assertThat(json(response).get("code").asString()).isEqualTo("link-expired");
    assertThat(json(check(token)).get("code").asString()).isEqualTo("link-expired");
    assertThat(keycloak.byEmail(email)).isNull();
  }

  @Test
  void anUnknownLinkIsNotFound() {
    var response = confirm("x".repeat(43), PASSWORD);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(json(response).get("code").asString()).isEqualTo("link-unknown");
  }

  @Test
  void aPasswordTheRealmRefusesIsExplainedAndTheLinkStillWorks() {
    String email = signedUp();
    String token = mailbox.token(email, 1);

    var refused = confirm(token, "short");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("code").asString()).isEqualTo("password-rejected");
    assertThat(json(refused).get("detail").asString()).contains("minimum length 8");
    assertThat(keycloak.byEmail(email)).isNull();
    assertThat(confirm(token, PASSWORD).statusCode()).isEqualTo(201);
  }

  @Test
  void whileKeycloakIsDownTheAnswerIs503AndTheLinkStillWorksAfterwards() {
    String email = signedUp();
    String token = mailbox.token(email, 1);
    keycloak.down(true);

    var unavailable = confirm(token, PASSWORD);

    assertThat(unavailable.statusCode()).isEqualTo(503);
    assertThat(json(unavailable).get("code").asString()).isEqualTo("identity-provider-unavailable");
    assertThat(repository.findByEmail(email).orElseThrow().state())
        .isEqualTo(Registration.State.PENDING);
    keycloak.down(false);
    assertThat(confirm(token, PASSWORD).statusCode()).isEqualTo(201);
    assertThat(keycloak.count(email)).isEqualTo(1);
  }

  @Test
  void aMemberFirstSeenThroughTheirTokenHasTheAddressConfirmedWhenKeycloakSaysSo() {
    String verified = "demo-" + UUID.randomUUID();
    String unverified = "demo-" + UUID.randomUUID();

    var one =
        http.get(
            "/api/members/me",
            TestIssuer.user(verified, "山田 花子", "member")
                .email(verified + "@example.com", true)
                .encode());
    var other =
        http.get(
            "/api/members/me",
            TestIssuer.user(unverified, "山田 花子", "member")
                .email(unverified + "@example.com", false)
                .encode());

    assertThat(json(one).get("emailConfirmed").asBoolean()).isTrue();
    assertThat(json(one).get("email").asString()).isEqualTo(verified + "@example.com");
    assertThat(json(other).get("emailConfirmed").asBoolean()).isFalse();
  }
}
