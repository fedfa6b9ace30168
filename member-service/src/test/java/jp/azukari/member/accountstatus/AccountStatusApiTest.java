package jp.azukari.member.accountstatus;

import static jp.azukari.member.changerequest.ChangesApi.ACCOUNT;
import static jp.azukari.member.changerequest.ChangesApi.HANAKO;
import static jp.azukari.member.changerequest.ChangesApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.Topics;
import jp.azukari.member.changerequest.ChangesApi;
import jp.azukari.member.changerequest.ChangesApi.Someone;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** Staff change account statuses with a reason; the status decides what the member may do. */
@ServiceTest
class AccountStatusApiTest {

  static final String FREEZE = "{\"status\":\"FROZEN\",\"reason\":\"本人確認のため一時停止します\"}";

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;

  ChangesApi api;
  Someone hanako;

  @BeforeEach
  void setUp() {
    api = new ChangesApi(TestHttp.on(port), mongo);
    hanako = Someone.newMember();
    api.changeProfile(hanako, HANAKO);
  }

  JsonNode record() {
    return json(api.ownRecord(hanako));
  }

  @Test
  void aStatusChangeNeedsStaffAndAReason() {
    long version = api.version(hanako);

    var byMember = api.changeStatus(hanako.id(), version, FREEZE, hanako.token());
    var withoutReason =
        api.changeStatus(
            hanako.id(), version, "{\"status\":\"FROZEN\",\"reason\":\" \"}", TestIssuer.staff());
    var withoutStatus =
        api.changeStatus(hanako.id(), version, "{\"reason\":\"x\"}", TestIssuer.staff());
    var toProvisional =
        api.changeStatus(
            hanako.id(),
            version,
            "{\"status\":\"PROVISIONAL\",\"reason\":\"x\"}",
            TestIssuer.staff());

    assertThat(byMember.statusCode()).isEqualTo(403);
    assertThat(withoutReason.statusCode()).isEqualTo(400);
    assertThat(withoutReason.body()).contains("\"field\":\"reason\"");
    assertThat(withoutStatus.statusCode()).isEqualTo(400);
    assertThat(toProvisional.statusCode()).isEqualTo(400);
    assertThat(record().get("status").asString()).isEqualTo("PROVISIONAL");
  }

  @Test
  void staffFreezeAMemberWithTheVersionTheySaw() {
    long version = api.version(hanako);

    var missing = api.changeStatus(hanako.id(), null, FREEZE, TestIssuer.staff());
    var stale = api.changeStatus(hanako.id(), version - 1, FREEZE, TestIssuer.staff());
    var frozen = api.changeStatus(hanako.id(), version, FREEZE, TestIssuer.staff());
    var again = api.changeStatus(hanako.id(), version + 1, FREEZE, TestIssuer.staff());

    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(200);
    assertThat(frozen.headers().firstValue("ETag")).hasValue("\"" + (version + 1) + "\"");
    assertThat(again.statusCode()).isEqualTo(409);
    JsonNode record = record();
    assertThat(record.get("status").asString()).isEqualTo("FROZEN");
    assertThat(record.get("statusReason").asString()).isEqualTo("本人確認のため一時停止します");
    assertThat(record.get("allowedActions").values())
        .extracting(JsonNode::asString)
        .containsExactly("WITHDRAW");
  }

  @Test
  void aFrozenMembersEditIsRefusedWithThePlainLanguageReason() {
    api.changeStatus(hanako.id(), api.version(hanako), FREEZE, TestIssuer.staff());

    var profile = api.changeProfile(hanako, HANAKO.replace("会社員", "自営業"));
    var account = api.changePayoutAccount(hanako, ACCOUNT);

    assertThat(profile.statusCode()).isEqualTo(403);
    assertThat(profile.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(profile).get("reason").asString()).isEqualTo("status.frozen");
    assertThat(json(profile).get("detail").asString()).contains("frozen");
    assertThat(account.statusCode()).isEqualTo(403);
    assertThat(record().get("profile").get("occupation").asString()).isEqualTo("会社員");
    assertThat(record().get("payoutAccount").isNull()).isTrue();
  }

  @Test
  void aPenalizedMemberMayStillEditButNotRequestAKit() {
    api.changeStatus(
        hanako.id(),
        api.version(hanako),
        "{\"status\":\"PENALIZED\",\"reason\":\"返送料未払い\"}",
        TestIssuer.staff());

    var edit = api.changeProfile(hanako, HANAKO.replace("会社員", "自営業"));

    assertThat(edit.statusCode()).isEqualTo(200);
    assertThat(json(edit).get("allowedActions").values())
        .extracting(JsonNode::asString)
        .contains("EDIT_PROFILE")
        .doesNotContain("REQUEST_KIT");
  }

  @Test
  void reinstatingLiftsTheRestrictionToWhatTheMemberQualifiesFor() {
    api.changeStatus(hanako.id(), api.version(hanako), FREEZE, TestIssuer.staff());

    var reinstated =
        api.changeStatus(
            hanako.id(),
            api.version(hanako),
            "{\"status\":\"ACTIVE\",\"reason\":\"確認が取れました\"}",
            TestIssuer.staff());
    var reinstatedAgain =
        api.changeStatus(
            hanako.id(),
            api.version(hanako),
            "{\"status\":\"ACTIVE\",\"reason\":\"確認が取れました\"}",
            TestIssuer.staff());

    assertThat(reinstated.statusCode()).isEqualTo(200);
    // Not verified, address not confirmed: back to provisional, not active.
    assertThat(json(reinstated).get("status").asString()).isEqualTo("PROVISIONAL");
    assertThat(reinstatedAgain.statusCode()).isEqualTo(409);
  }

  @Test
  void aMemberWithdrawsAndThatIsFinal() {
    var withdrawal = api.withdrawMembership(hanako, "{\"reason\":\"引っ越すため\"}");

    var edit = api.changeProfile(hanako, HANAKO.replace("会社員", "自営業"));
    var again = api.withdrawMembership(hanako, null);
    var reinstate =
        api.changeStatus(
            hanako.id(),
            api.version(hanako),
            "{\"status\":\"ACTIVE\",\"reason\":\"x\"}",
            TestIssuer.staff());

    assertThat(withdrawal.statusCode()).as(withdrawal.body()).isEqualTo(200);
    assertThat(json(withdrawal).get("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(json(withdrawal).get("allowedActions")).isEmpty();
    assertThat(edit.statusCode()).isEqualTo(403);
    assertThat(json(edit).get("reason").asString()).isEqualTo("status.withdrawn");
    assertThat(again.statusCode()).isEqualTo(403);
    assertThat(reinstate.statusCode()).isEqualTo(409);
    assertThat(record().get("status").asString()).isEqualTo("WITHDRAWN");
  }

  @Test
  void aBlacklistedMemberCannotWithdrawToEscapeTheBlacklist() {
    api.changeStatus(
        hanako.id(),
        api.version(hanako),
        "{\"status\":\"BLACKLISTED\",\"reason\":\"不正な取引\"}",
        TestIssuer.staff());

    var withdrawal = api.withdrawMembership(hanako, null);

    assertThat(withdrawal.statusCode()).isEqualTo(403);
    assertThat(json(withdrawal).get("reason").asString()).isEqualTo("status.blacklisted");
    assertThat(record().get("status").asString()).isEqualTo("BLACKLISTED");
  }

  @Test
  void aStatusChangeIsAnnouncedWithBeforeAfterReasonAndTheStaffActor() {
    try (var events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER)) {
      api.changeStatus(hanako.id(), api.version(hanako), FREEZE, TestIssuer.staff());

      var records =
          events.awaitRecords(
              r -> hanako.id().equals(r.key()) && r.value().contains("AccountStatusChanged"),
              1,
              Duration.ofSeconds(20));

      var event = envelopes.fromJson(records.getFirst().value());
      assertThat(event.actortype()).isEqualTo(ActorType.STAFF);
      assertThat(event.actorid()).isEqualTo("staff-1");
      assertThat(event.data())
          .containsAllEntriesOf(
              Map.of(
                  "memberId", hanako.id(),
                  "before", "PROVISIONAL",
                  "after", "FROZEN",
                  "reason", "本人確認のため一時停止します"));
    }
  }
}
