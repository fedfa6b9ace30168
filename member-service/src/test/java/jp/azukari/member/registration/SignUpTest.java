package jp.azukari.member.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.member.profile.Member;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
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

/** The public sign-up: one answer for every address, and the right mail (or none) behind it. */
@ServiceTest
class SignUpTest {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired RegistrationRepository repository;
  @Autowired MongoTemplate mongo;

  TestHttp http;
  EventsProbe events;
  Mailbox mailbox;

  @BeforeEach
  void setUp() {
    http = TestHttp.on(port);
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER);
    mailbox = new Mailbox(kafka.getBrokersAsString(), envelopes);
  }

  @AfterEach
  void tearDown() {
    events.close();
    mailbox.close();
  }

  static String uniqueEmail() {
    return "taro+" + UUID.randomUUID() + "@example.com";
  }

  String signUp(String email) {
    var response =
        http.postJson(
            "/api/members/registrations",
            "{\"email\":\"" + email + "\",\"language\":\"en\"}",
            null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return response.body();
  }

  EventEnvelope awaitEvent(String type, String email) {
    var records =
        events.awaitRecords(
            r -> r.value().contains(type) && r.value().contains(email), 1, Duration.ofSeconds(20));
    return envelopes.fromJson(records.getFirst().value());
  }

  @Test
  void publicSignUpIsAcceptedAndAnnouncedWithTheSystemAsActor() {
    String email = uniqueEmail();

    signUp(email);

    var event = awaitEvent("member.RegistrationStarted", email);
    assertThat(event.source()).isEqualTo("/member-service");
    assertThat(event.actortype()).isEqualTo(ActorType.SYSTEM);
    assertThat(event.data()).containsEntry("email", email).containsEntry("channel", "WEB");
    assertThat(event.subject()).isEqualTo(repository.findByEmail(email).orElseThrow().id());
    var requested = awaitEvent("member.ConfirmationMailRequested", email);
    assertThat(requested.data()).containsEntry("purpose", "SIGN_UP");
  }

  @Test
  void theLinkGoesOnlyToTheLinksTopicAndItsTokenIsStoredOnlyAsAHash() {
    String email = uniqueEmail();

    signUp(email);

    var mail = mailbox.mailsTo(email, 1).getFirst();
    assertThat(mail)
        .containsEntry("purpose", "SIGN_UP")
        .containsEntry("language", "en")
        .containsKey("expiresAt");
    String link = (String) mail.get("link");
    assertThat(link).startsWith("http://localhost:8080/signup/confirm#token=");
    String token = link.substring(link.indexOf("#token=") + 7);
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    var audited = events.drain(r -> r.value().contains(email), Duration.ofSeconds(2));
    assertThat(audited).isNotEmpty().noneMatch(r -> r.value().contains(token));
    assertThat(
            mongo
                .getCollection("registrations")
                .find(new org.bson.Document("email", email))
                .first()
                .toJson())
        .doesNotContain(token);
    var registration = repository.findByEmail(email).orElseThrow();
    assertThat(registration.tokenHash()).isEqualTo(ConfirmationToken.hash(token));
  }

  @Test
  void signingUpTwiceSendsANewLinkWithoutADuplicateAndTheOldLinkStopsWorking() {
    String email = uniqueEmail();

    String first = signUp(email);
    String second = signUp(email.toUpperCase());

    assertThat(second).isEqualTo(first);
    var mails = mailbox.mailsTo(email, 2);
    assertThat(mails.get(0).get("link")).isNotEqualTo(mails.get(1).get("link"));
    assertThat(mongo.count(Query.query(Criteria.where("email").is(email)), Registration.class))
        .isEqualTo(1);
    String oldToken = tokenOf(mails.get(0));
    String newToken = tokenOf(mails.get(1));
    assertThat(check(oldToken).statusCode()).isEqualTo(404);
    assertThat(check(newToken).statusCode()).isEqualTo(200);
  }

  @Test
  void anAddressThatIsAlreadyAMembersGetsALoginNoticeInsteadOfALinkAndTheSameAnswer() {
    String email = uniqueEmail();
    mongo.insert(
        Member.signUp("member-" + UUID.randomUUID(), email, "WEB", java.time.Instant.now()));
    String unknown = signUp(uniqueEmail());

    String known = signUp(email);

    assertThat(known).isEqualTo(unknown);
    var mail = mailbox.mailsTo(email, 1).getFirst();
    assertThat(mail).containsEntry("purpose", "ALREADY_REGISTERED");
    assertThat((String) mail.get("link")).isEqualTo("http://localhost:8080/login");
    assertThat(mail.get("expiresAt")).isNull();
  }

  @Test
  void aBlacklistedMembersAddressGetsNoMailAndTheSameAnswer() {
    String email = uniqueEmail();
    var blacklisted =
        Member.signUp("member-" + UUID.randomUUID(), email, "WEB", java.time.Instant.now());
    mongo.insert(blacklisted);
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(blacklisted.id())),
        Update.update("status", "BLACKLISTED"),
        Member.class);
    String unknown = signUp(uniqueEmail());

    String known = signUp(email);

    assertThat(known).isEqualTo(unknown);
    assertThat(mailbox.allMailsTo(email, Duration.ofSeconds(3))).isEmpty();
  }

  @Test
  void anAddressGetsAtMostFiveMailsAnHourWhateverIsAsked() {
    String email = uniqueEmail();

    for (int i = 0; i < 7; i++) {
      signUp(email);
    }

    assertThat(mailbox.allMailsTo(email, Duration.ofSeconds(4))).hasSize(5);
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

  java.net.http.HttpResponse<String> check(String token) {
    return http.postJson(
        "/api/members/registrations/confirmations/check", "{\"token\":\"" + token + "\"}", null);
  }

  static String tokenOf(java.util.Map<String, Object> mail) {
    String link = (String) mail.get("link");
    return link.substring(link.indexOf("#token=") + 7);
  }
}
