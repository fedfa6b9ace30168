package jp.azukari.workflow.members;

import static jp.azukari.workflow.RequestsApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.member.AccountStatusChanged;
import jp.azukari.contracts.member.ChangeRequestApproved;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.MembersMerged;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.member.VerificationSubmitted;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.workflow.MemberFeed;
import jp.azukari.workflow.RequestsApi;
import jp.azukari.workflow.RequestsApi.Someone;
import jp.azukari.workflow.WorkflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * workflow-service learns members' names, verification and account status from member-service's
 * events on Kafka, never from its database, once per event however often it is delivered.
 */
@WorkflowTest
class MemberReadModelTest {

  static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired MongoTemplate mongo;

  RequestsApi api;
  MemberFeed feed;
  Someone hanako;

  @BeforeEach
  void setUp() {
    api = new RequestsApi(TestHttp.on(port));
    feed = new MemberFeed(kafka.getBrokersAsString(), mongo);
    hanako = Someone.newMember();
  }

  @AfterEach
  void tearDown() {
    feed.close();
  }

  JsonNode awaitRequest(String id, Predicate<JsonNode> condition) {
    return await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> api.detailJson(id), condition::test);
  }

  static ProfileChanged givenName(String memberId, String before, String after) {
    return new ProfileChanged(memberId, List.of(new FieldChange("givenName", before, after)));
  }

  @Test
  void aMemberNeverHeardOfIsUnknown() {
    JsonNode request = api.kitRequestFor(hanako.id());

    assertThat(request.get("memberName").isNull()).isTrue();
    assertThat(request.get("memberVerification").asString()).isEqualTo("UNKNOWN");
  }

  @Test
  void namesAndVerificationFollowMemberServicesEvents() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();

    feed.named(hanako.id(), "山田", "花子");
    assertThat(api.detailJson(id).get("memberName").asString()).isEqualTo("山田 花子");
    assertThat(api.detailJson(id).get("memberVerification").asString()).isEqualTo("NOT_SUBMITTED");

    feed.member(
        new VerificationSubmitted(
            hanako.id(),
            List.of(new FieldChange("verification.state", "NOT_SUBMITTED", "PENDING"))));
    awaitRequest(id, r -> r.get("memberVerification").asString().equals("PENDING"));

    feed.verified(hanako.id(), "山田", "花子");
    assertThat(api.detailJson(id).get("memberVerification").asString()).isEqualTo("VERIFIED");

    feed.member(
        new ChangeRequestApproved(
            "change-1",
            hanako.id(),
            "PROFILE",
            List.of(new FieldChange("familyName", "山田", "佐々木")),
            true));
    feed.member(
        new ProfileChanged(hanako.id(), List.of(new FieldChange("familyName", "山田", "佐々木"))));
    JsonNode changed = awaitRequest(id, r -> r.get("memberName").asString().equals("佐々木 花子"));
    assertThat(changed.get("memberVerification").asString()).isEqualTo("PENDING");
  }

  @Test
  void aRedeliveredEventIsAppliedOnce() {
    feed.named(hanako.id(), "山田", "花子");
    String id = api.kitRequestFor(hanako.id()).get("id").asString();

    var first = feed.member(givenName(hanako.id(), "花子", "桜"));
    feed.member(givenName(hanako.id(), "桜", "さくら"));
    awaitRequest(id, r -> r.get("memberName").asString().equals("山田 さくら"));
    feed.send(jp.azukari.contracts.Topics.MEMBER, first);
    feed.member(new AccountStatusChanged(hanako.id(), "PROVISIONAL", "ACTIVE", null));
    feed.awaitMember(hanako.id(), member -> "ACTIVE".equals(member.getString("accountStatus")));

    assertThat(api.detailJson(id).get("memberName").asString()).isEqualTo("山田 さくら");
  }

  @Test
  void aFrozenMemberCannotAskForKitsAndStaffAreToldWhy() {
    feed.named(hanako.id(), "山田", "花子");
    feed.member(new AccountStatusChanged(hanako.id(), "PROVISIONAL", "FROZEN", "本人確認のため一時停止"));
    feed.awaitMember(hanako.id(), member -> "FROZEN".equals(member.getString("accountStatus")));

    var own = api.askForKits(hanako, 1, null);
    var byStaff = api.start(hanako.id(), "KIT", "PHONE", 1);

    assertThat(own.statusCode()).isEqualTo(403);
    assertThat(own.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(own).get("reason").asString()).isEqualTo("status.frozen");
    assertThat(json(own).get("detail").asString()).contains("Your account is frozen");
    assertThat(byStaff.statusCode()).isEqualTo(409);
    assertThat(json(byStaff).get("code").asString()).isEqualTo("member-not-allowed");
    assertThat(json(byStaff).get("reason").asString()).isEqualTo("status.frozen");
    assertThat(json(api.ownRequests(hanako))).isEmpty();

    feed.member(new AccountStatusChanged(hanako.id(), "FROZEN", "ACTIVE", "確認済み"));
    feed.awaitMember(hanako.id(), member -> "ACTIVE".equals(member.getString("accountStatus")));

    assertThat(api.askForKits(hanako, 1, null).statusCode()).isEqualTo(201);
  }

  @Test
  void blacklistedAndWithdrawnMembersStartNothingAndPenalizedOnesNoKit() {
    var blacklisted = Someone.newMember();
    var withdrawn = Someone.newMember();
    var penalized = Someone.newMember();
    feed.member(new MemberCreated(blacklisted.id(), null, "BLACKLISTED"));
    feed.member(new MemberCreated(withdrawn.id(), null, "PROVISIONAL"));
    feed.member(new AccountStatusChanged(withdrawn.id(), "PROVISIONAL", "WITHDRAWN", null));
    feed.member(new MemberCreated(penalized.id(), null, "PROVISIONAL"));
    feed.member(new AccountStatusChanged(penalized.id(), "PROVISIONAL", "PENALIZED", "返送料未払い"));
    feed.awaitMember(penalized.id(), m -> "PENALIZED".equals(m.getString("accountStatus")));
    feed.awaitMember(withdrawn.id(), m -> "WITHDRAWN".equals(m.getString("accountStatus")));
    feed.awaitMember(blacklisted.id(), m -> "BLACKLISTED".equals(m.getString("accountStatus")));

    assertThat(json(api.askForKits(blacklisted, 1, null)).get("reason").asString())
        .isEqualTo("status.blacklisted");
    assertThat(json(api.askForKits(withdrawn, 1, null)).get("reason").asString())
        .isEqualTo("status.withdrawn");
    assertThat(api.askForKits(penalized, 1, null).statusCode()).isEqualTo(403);
    assertThat(api.start(penalized.id(), "KIT", "PHONE", 1).statusCode()).isEqualTo(409);
    assertThat(api.start(penalized.id(), "WALK_IN", "WALK_IN", null).statusCode()).isEqualTo(201);
    assertThat(api.start(withdrawn.id(), "WALK_IN", "WALK_IN", null).statusCode()).isEqualTo(409);
  }

  @Test
  void anErasedMembersNameIsGoneFromTheirRequests() {
    feed.named(hanako.id(), "山田", "花子");
    String id = api.kitRequestFor(hanako.id()).get("id").asString();

    feed.member(
        new PersonalDataErased(
            hanako.id(), List.of("familyName", "givenName", "email"), "本人の依頼", 0, 0, 0, 0));

    JsonNode erased = awaitRequest(id, r -> r.get("memberName").isNull());
    assertThat(erased.toString()).doesNotContain("花子");
    assertThat(
            json(api.list(
                    "q="
                        + java.net.URLEncoder.encode("花子", java.nio.charset.StandardCharsets.UTF_8)
                        + "&memberId="
                        + hanako.id()))
                .get("content"))
        .isEmpty();
  }

  @Test
  void aMergeNamesTheSurvivorFromTheDuplicate() {
    var duplicate = Someone.newMember();
    feed.member(new MemberCreated(hanako.id(), null, "PROVISIONAL"));
    feed.named(duplicate.id(), "山田", "花子");
    var merged =
        new MembersMerged(
            hanako.id(),
            hanako.id(),
            duplicate.id(),
            List.of(
                new FieldChange("familyName", null, "山田"),
                new FieldChange("givenName", null, "花子")),
            List.of(),
            List.of());

    feed.member(merged);
    feed.member(
        new MembersMerged(
            duplicate.id(),
            hanako.id(),
            duplicate.id(),
            merged.fieldsTaken(),
            List.of(),
            List.of()));

    feed.awaitMember(hanako.id(), m -> "花子".equals(m.getString("givenName")));
    feed.awaitMember(duplicate.id(), m -> hanako.id().equals(m.getString("mergedInto")));
    assertThat(api.kitRequestFor(hanako.id()).get("memberName").asString()).isEqualTo("山田 花子");
  }
}
