package jp.azukari.member.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
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
import org.springframework.kafka.test.EmbeddedKafkaBroker;

@ServiceTest
class SignUpTest {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired RegistrationRepository repository;

  TestHttp http;
  EventsProbe events;

  @BeforeEach
  void setUp() {
    http = TestHttp.on(port);
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER);
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  static String uniqueEmail() {
    return "taro+" + UUID.randomUUID() + "@example.com";
  }

  EventEnvelope awaitRegistrationStarted(String email) {
    var records = events.awaitRecords(r -> r.value().contains(email), 1, Duration.ofSeconds(20));
    return envelopes.fromJson(records.getFirst().value());
  }

  @Test
  void publicSignUpIsAcceptedAndAnnouncedWithTheSystemAsActor() {
    String email = uniqueEmail();

    var response =
        http.postJson("/api/members/registrations", "{\"email\":\"" + email + "\"}", null);

    assertThat(response.statusCode()).isEqualTo(202);
    var event = awaitRegistrationStarted(email);
    assertThat(event.type()).isEqualTo("member.RegistrationStarted");
    assertThat(event.source()).isEqualTo("/member-service");
    assertThat(event.specversion()).isEqualTo("1.0");
    assertThat(event.actortype()).isEqualTo(ActorType.SYSTEM);
    assertThat(event.data()).containsEntry("email", email).containsEntry("channel", "WEB");
    assertThat(event.subject()).isEqualTo(repository.findByEmail(email).orElseThrow().id());
  }

  @Test
  void staffSignUpNamesTheStaffMemberFromTheTokenWhateverTheBodyClaims() {
    String email = uniqueEmail();
    String body =
        "{\"email\":\"" + email + "\",\"channel\":\"PHONE\",\"actorid\":\"someone-else\"}";

    var response = http.postJson("/api/members/registrations/by-staff", body, TestIssuer.staff());

    assertThat(response.statusCode()).isEqualTo(202);
    var event = awaitRegistrationStarted(email);
    assertThat(event.actorid()).isEqualTo("staff-1");
    assertThat(event.actortype()).isEqualTo(ActorType.STAFF);
    assertThat(event.actorname()).isEqualTo("佐藤 一郎");
    assertThat(event.data()).containsEntry("channel", "PHONE");
  }

  @Test
  void signingUpTwiceSendsTheMailAgainWithoutADuplicateAndLooksTheSame() {
    String email = uniqueEmail();
    String body = "{\"email\":\"" + email + "\"}";

    var first = http.postJson("/api/members/registrations", body, null);
    var second =
        http.postJson(
            "/api/members/registrations", "{\"email\":\"" + email.toUpperCase() + "\"}", null);

    assertThat(second.statusCode()).isEqualTo(first.statusCode()).isEqualTo(202);
    assertThat(second.body()).isEqualTo(first.body());
    var records = events.awaitRecords(r -> r.value().contains(email), 2, Duration.ofSeconds(20));
    assertThat(records).extracting(r -> r.key()).containsOnly(records.getFirst().key());
    assertThat(repository.findByEmail(email))
        .hasValueSatisfying(registration -> assertThat(registration.mailRequests()).isEqualTo(2));
  }

  @Test
  void anInvalidAddressIsRefusedWithFieldErrorsAndStoresNothing() {
    long before = repository.count();

    var response =
        http.postJson("/api/members/registrations", "{\"email\":\"not-an-address\"}", null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"field\":\"email\",\"code\":\"Email\"");
    assertThat(repository.count()).isEqualTo(before);
  }

  @Test
  void aMemberMayNotUseTheStaffSignUp() {
    var response =
        http.postJson(
            "/api/members/registrations/by-staff",
            "{\"email\":\"" + uniqueEmail() + "\"}",
            TestIssuer.member("member-1"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("\"status\":403");
  }
}
