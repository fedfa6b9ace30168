package jp.azukari.member.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.Topics;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Profile;
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

/** Phone and walk-in applications that staff type in, and their confirmation mail. */
@ServiceTest
class ApplicationTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static final String PROFILE_AS_TYPED =
      """
      {"familyName":"山田","givenName":"太郎","familyNameKana":"ﾔﾏﾀﾞ","givenNameKana":"たろう",
       "birthDate":"昭和60年1月2日","phone":"%s",
       "address":{"postalCode":"〒１００ー０００１","prefecture":"東京","city":"千代田区","line1":"千代田１－１"},
       "occupation":"会社員"}
      """;

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired InMemoryUserAccounts keycloak;
  @Autowired MongoTemplate mongo;
  @Autowired Registrations registrations;

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
    mailbox.close();
    events.close();
  }

  static String uniqueEmail() {
    return "jiro+" + UUID.randomUUID() + "@example.com";
  }

  static String uniquePhone() {
    return "090" + String.format("%08d", (long) (Math.random() * 100_000_000L));
  }

  HttpResponse<String> apply(String email, String phone, boolean mail, String token) {
    return http.postJson(
        "/api/members/applications",
        """
        {"channel":"PHONE","email":"%s","sendConfirmationMail":%s,"profile":%s}
        """
            .formatted(email, mail, PROFILE_AS_TYPED.formatted(phone)),
        token);
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  @Test
  void staffRegisterACustomerWithANormalisedProfileAndAnUnconfirmedAddress() {
    String email = uniqueEmail();

    var response = apply(email.toUpperCase(), "０９０－１１１１－２２２２", true, TestIssuer.staff());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode member = json(response);
    assertThat(member.get("email").asString()).isEqualTo(email);
    assertThat(member.get("emailConfirmed").asBoolean()).isFalse();
    assertThat(member.get("status").asString()).isEqualTo("PROVISIONAL");
    assertThat(member.get("profile").get("familyNameKana").asString()).isEqualTo("ヤマダ");
    assertThat(member.get("profile").get("phone").asString()).isEqualTo("09011112222");
    assertThat(member.get("profile").get("birthDate").asString()).isEqualTo("1985-01-02");
    var account = keycloak.byEmail(email);
    assertThat(account.id()).isEqualTo(member.get("id").asString());
    assertThat(account.emailVerified()).isFalse();
    assertThat(account.password()).isNull();
    var mail = mailbox.mailsTo(email, 1).getFirst();
    assertThat(mail)
        .containsEntry("purpose", "STAFF_APPLICATION")
        .containsEntry("memberId", account.id())
        .containsEntry("name", "山田 太郎");
    var created =
        events.awaitRecords(
            r -> r.value().contains("member.MemberCreated") && r.value().contains(email),
            1,
            Duration.ofSeconds(20));
    var event = envelopes.fromJson(created.getFirst().value());
    assertThat(event.actortype()).isEqualTo(ActorType.STAFF);
    assertThat(event.actorname()).isEqualTo("佐藤 一郎");
    assertThat(event.data())
        .containsEntry("channel", "PHONE")
        .containsEntry("emailConfirmed", false);
  }

  @Test
  void theCustomerConfirmsTheAddressAndChoosesThePasswordOfTheAccountStaffCreated() {
    String email = uniqueEmail();
    String memberId =
        json(apply(email, uniquePhone(), true, TestIssuer.staff())).get("id").asString();
    String token = mailbox.token(email, 1);

    var check =
        http.postJson(
            "/api/members/registrations/confirmations/check",
            "{\"token\":\"" + token + "\"}",
            null);
    var confirmed =
        http.postJson(
            "/api/members/registrations/confirmations",
            "{\"token\":\"" + token + "\",\"password\":\"a good password\"}",
            null);

    assertThat(json(check).get("purpose").asString()).isEqualTo("STAFF_APPLICATION");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
    assertThat(keycloak.count(email)).isEqualTo(1);
    assertThat(keycloak.get(memberId).password()).isEqualTo("a good password");
    assertThat(keycloak.get(memberId).emailVerified()).isTrue();
    var record = http.get("/api/members/" + memberId, TestIssuer.staff());
    assertThat(json(record).get("emailConfirmed").asBoolean()).isTrue();
    events.awaitRecords(
        r -> r.value().contains("member.EmailConfirmed") && r.value().contains(memberId),
        1,
        Duration.ofSeconds(20));
  }

  @Test
  void staffSendTheConfirmationMailAgainAndOnlyTheNewLinkWorks() {
    String email = uniqueEmail();
    String memberId =
        json(apply(email, uniquePhone(), false, TestIssuer.staff())).get("id").asString();

    var first =
        http.postJson("/api/members/" + memberId + "/confirmation-mail", null, TestIssuer.staff());
    var second =
        http.postJson("/api/members/" + memberId + "/confirmation-mail", null, TestIssuer.staff());

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(second.statusCode()).isEqualTo(202);
    var mails = mailbox.mailsTo(email, 2);
    assertThat(mails).allSatisfy(m -> assertThat(m).containsEntry("purpose", "STAFF_APPLICATION"));
    var old =
        http.postJson(
            "/api/members/registrations/confirmations/check",
            "{\"token\":\"" + SignUpTest.tokenOf(mails.get(0)) + "\"}",
            null);
    assertThat(old.statusCode()).isEqualTo(404);
  }

  @Test
  void anAddressThatIsAlreadyAMembersIsRefusedWithAClearMessage() {
    String email = uniqueEmail();
    apply(email, uniquePhone(), false, TestIssuer.staff());

    var again = apply(email, uniquePhone(), false, TestIssuer.staff());

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).get("code").asString()).isEqualTo("already-registered");
    assertThat(json(again).get("detail").asString()).contains("already belongs to a member");
    assertThat(keycloak.count(email)).isEqualTo(1);
  }

  @Test
  void aBlacklistedMembersPhoneNumberIsRefusedAndNothingIsCreated() {
    String phone = uniquePhone();
    var blacklisted =
        Member.applyByStaff(
            "member-" + UUID.randomUUID(),
            uniqueEmail(),
            new Profile(null, null, null, null, null, phone, null, null),
            "PHONE",
            Instant.now());
    mongo.insert(blacklisted);
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(blacklisted.id())),
        Update.update("status", "BLACKLISTED"),
        Member.class);
    String email = uniqueEmail();

    var response = apply(email, phone, true, TestIssuer.staff());

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).get("code").asString()).isEqualTo("blacklisted");
    assertThat(keycloak.byEmail(email)).isNull();
    assertThat(mailbox.allMailsTo(email, Duration.ofSeconds(2))).isEmpty();
  }

  @Test
  void aProfileWithMistakesGetsFieldErrorsAndCreatesNothing() {
    String email = uniqueEmail();

    var response =
        http.postJson(
            "/api/members/applications",
            """
            {"channel":"WALK_IN","email":"%s","sendConfirmationMail":true,
             "profile":{"familyName":"山田\\r\\nBcc: x@example.com","familyNameKana":"山田","phone":"090-1234"}}
            """
                .formatted(email),
            TestIssuer.staff());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"field\":\"profile.familyName\"")
        .contains("\"field\":\"profile.familyNameKana\"")
        .contains("\"field\":\"profile.phone\"");
    assertThat(keycloak.byEmail(email)).isNull();
  }

  @Test
  void membersMayNotApplyForOthersNorSendConfirmationMails() {
    var apply = apply(uniqueEmail(), uniquePhone(), true, TestIssuer.member("member-1"));
    var resend =
        http.postJson(
            "/api/members/member-1/confirmation-mail", null, TestIssuer.member("member-1"));

    assertThat(apply.statusCode()).isEqualTo(403);
    assertThat(resend.statusCode()).isEqualTo(403);
  }

  @Test
  void aConfirmedAddressNeedsNoConfirmationMail() {
    String id = "member-" + UUID.randomUUID();
    mongo.insert(Member.signUp(id, uniqueEmail(), "WEB", Instant.now()));

    var response =
        http.postJson("/api/members/" + id + "/confirmation-mail", null, TestIssuer.staff());

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).get("code").asString()).isEqualTo("email-already-confirmed");
  }

  @Test
  void anImportedMemberInvitedByMailSetsThePasswordOfTheirExistingAccount() {
    String email = uniqueEmail();
    String id = keycloak.existing(email);
    mongo.insert(Member.applyByStaff(id, email, Profile.EMPTY, null, Instant.now()));

    registrations.invite(id, "en");

    var mail = mailbox.mailsTo(email, 1).getFirst();
    assertThat(mail).containsEntry("purpose", "IMPORT_INVITATION").containsEntry("memberId", id);
    var confirmed =
        http.postJson(
            "/api/members/registrations/confirmations",
            "{\"token\":\"" + SignUpTest.tokenOf(mail) + "\",\"password\":\"imported at last\"}",
            null);
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
    assertThat(keycloak.get(id).password()).isEqualTo("imported at last");
    assertThat(
            json(http.get("/api/members/" + id, TestIssuer.staff()))
                .get("emailConfirmed")
                .asBoolean())
        .isTrue();
  }
}
