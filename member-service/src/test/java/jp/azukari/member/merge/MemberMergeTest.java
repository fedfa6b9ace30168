package jp.azukari.member.merge;

import static jp.azukari.member.changerequest.ChangesApi.ACCOUNT;
import static jp.azukari.member.changerequest.ChangesApi.HANAKO;
import static jp.azukari.member.changerequest.ChangesApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.member.changerequest.ChangesApi.Someone;
import jp.azukari.member.registration.InMemoryUserAccounts;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
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

/** Staff merge two records of the same person into one, keeping both records' history. */
@ServiceTest
class MemberMergeTest {

  static final Duration WAIT = Duration.ofSeconds(20);

  /** What staff typed on the phone: name, kana and a phone number, nothing else. */
  static final String FROM_THE_PHONE =
      """
      {"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
       "phone":"0311112222"}
      """;

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired InMemoryUserAccounts accounts;

  MergeApi api;
  EventsProbe events;

  @BeforeEach
  void setUp() {
    api = MergeApi.on(port, mongo);
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER);
  }

  @AfterEach
  void tearDown() {
    accounts.down(false);
    events.close();
  }

  /** A member with a Keycloak account and an address, as sign-up makes them. */
  Someone withLogin(String profile) {
    String email = "hanako-" + UUID.randomUUID() + "@example.jp";
    String id = accounts.existing(email);
    var who = new Someone(id, TestIssuer.user(id, "山田 花子", "member").email(email, true).encode());
    api.changes().changeProfile(who, profile);
    return who;
  }

  Someone member(String profile) {
    var who = Someone.newMember();
    api.changes().changeProfile(who, profile);
    return who;
  }

  static String withPhone(String profile, String phone) {
    return profile.replace("09012345678", phone).replace("0311112222", phone);
  }

  static Map<String, JsonNode> fields(JsonNode preview) {
    var byName = new java.util.LinkedHashMap<String, JsonNode>();
    preview.get("fields").forEach(f -> byName.put(f.get("field").asString(), f));
    return byName;
  }

  static List<String> blockerCodes(JsonNode preview) {
    return preview.get("blockers").valueStream().map(b -> b.get("code").asString()).toList();
  }

  @Test
  void thePreviewShowsBothRecordsTheMergedValuesAndTheConflicts() throws Exception {
    var survivor = member(FROM_THE_PHONE);
    var duplicate = withLogin(HANAKO);
    api.changes().changePayoutAccount(duplicate, ACCOUNT);
    api.uploadDocument(duplicate);

    var response = api.preview(survivor.id(), duplicate.id(), TestIssuer.staff());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var preview = json(response);
    assertThat(preview.get("survivor").get("id").asString()).isEqualTo(survivor.id());
    assertThat(preview.get("duplicate").get("id").asString()).isEqualTo(duplicate.id());
    var fields = fields(preview);
    assertThat(fields.get("familyName").get("result").asString()).isEqualTo("山田");
    assertThat(fields.get("familyName").get("conflict").asBoolean()).isFalse();
    assertThat(fields.get("phone").get("result").asString()).isEqualTo("0311112222");
    assertThat(fields.get("phone").get("duplicate").asString()).isEqualTo("09012345678");
    assertThat(fields.get("phone").get("conflict").asBoolean()).isTrue();
    assertThat(fields.get("phone").get("taken").asBoolean()).isFalse();
    assertThat(fields.get("address.city").get("survivor").isNull()).isTrue();
    assertThat(fields.get("address.city").get("result").asString()).isEqualTo("千代田区");
    assertThat(fields.get("address.city").get("taken").asBoolean()).isTrue();
    assertThat(fields.get("payoutAccount").get("result").asString())
        .contains("みずほ銀行", "****321")
        .doesNotContain("7654321");
    assertThat(preview.get("documents").asInt()).isEqualTo(1);
    assertThat(preview.get("blockers").isEmpty()).isTrue();
    assertThat(preview.get("resuming").asBoolean()).isFalse();
  }

  @Test
  void blockersExplainWhyAPairCannotBeMergedAsAsked() {
    var survivor = member(FROM_THE_PHONE);
    var verified = api.changes().verifiedMember();
    var withdrawn = member(HANAKO);
    api.changes().withdrawMembership(withdrawn, "{\"reason\":\"引っ越し\"}");
    var asking = api.changes().verifiedMember();
    api.changes().changeProfile(asking, HANAKO.replace("千代田区", "港区"));

    var itself = json(api.preview(survivor.id(), survivor.id(), TestIssuer.staff()));
    var verifiedDuplicate = json(api.preview(survivor.id(), verified.id(), TestIssuer.staff()));
    var withdrawnDuplicate = json(api.preview(survivor.id(), withdrawn.id(), TestIssuer.staff()));
    var pending = json(api.preview(verified.id(), asking.id(), TestIssuer.staff()));
    var merge =
        api.merge(
            survivor.id(), api.version(survivor.id()), verified.id(), api.version(verified.id()));

    assertThat(blockerCodes(itself)).containsExactly("same-member");
    assertThat(blockerCodes(verifiedDuplicate)).containsExactly("duplicate-verified");
    assertThat(verifiedDuplicate.get("blockers").get(0).get("hint").asString())
        .contains("other way");
    assertThat(blockerCodes(withdrawnDuplicate)).containsExactly("duplicate-withdrawn");
    assertThat(blockerCodes(pending)).containsExactly("duplicate-pending-change-requests");
    assertThat(merge.statusCode()).isEqualTo(409);
    assertThat(json(merge).get("code").asString()).isEqualTo("merge-blocked");
    assertThat(json(merge).get("blockers").get(0).get("code").asString())
        .isEqualTo("duplicate-verified");
    assertThat(api.staffView(verified.id()).get("mergedInto").isNull()).isTrue();
    assertThat(
            api.preview("nobody-" + UUID.randomUUID(), survivor.id(), TestIssuer.staff())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aMergeFillsOnlyTheSurvivorsEmptyFieldsAndMovesTheDocuments() throws Exception {
    var survivor = member(FROM_THE_PHONE);
    var duplicate = withLogin(HANAKO);
    api.changes().changePayoutAccount(duplicate, ACCOUNT);
    String document = api.uploadDocument(duplicate);
    String email = api.staffView(duplicate.id()).get("email").asString();

    var response =
        api.merge(
            survivor.id(), api.version(survivor.id()), duplicate.id(), api.version(duplicate.id()));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var merged = api.staffView(survivor.id());
    assertThat(response.headers().firstValue("ETag"))
        .hasValue("\"" + merged.get("version").asLong() + "\"");
    var profile = merged.get("profile");
    assertThat(profile.get("phone").asString()).isEqualTo("0311112222");
    assertThat(profile.get("birthDate").asString()).isEqualTo("1990-04-01");
    assertThat(profile.get("address").get("city").asString()).isEqualTo("千代田区");
    assertThat(profile.get("occupation").asString()).isEqualTo("会社員");
    assertThat(merged.get("payoutAccount").get("maskedAccountNumber").asString())
        .isEqualTo("****321");
    assertThat(merged.get("verification").get("state").asString()).isEqualTo("PENDING");
    assertThat(merged.get("mergedInto").isNull()).isTrue();
    assertThat(json(api.documentsOf(survivor.id())).toString()).contains(document);
    assertThat(json(api.documentsOf(duplicate.id())).isEmpty()).isTrue();

    var gone = api.staffView(duplicate.id());
    assertThat(gone.get("mergedInto").asString()).isEqualTo(survivor.id());
    assertThat(gone.get("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(gone.get("statusReason").asString()).contains(survivor.id());
    assertThat(gone.get("verification").get("state").asString()).isEqualTo("NOT_SUBMITTED");
    assertThat(gone.get("profile").get("phone").asString()).isEqualTo("09012345678");
    // The address no longer belongs to any record, so it cannot stand in the survivor's way.
    assertThat(gone.get("email").isNull()).isTrue();
    assertThat(mongo.exists(Query.query(Criteria.where("email").is(email)), "members")).isFalse();
    assertThat(accounts.disabled(duplicate.id())).isTrue();
  }

  @Test
  void bothMembersHistoriesShowTheMerge() throws Exception {
    var survivor = member(FROM_THE_PHONE);
    var duplicate = withLogin(HANAKO);
    api.changes().changePayoutAccount(duplicate, ACCOUNT);
    String document = api.uploadDocument(duplicate);

    api.merge(
        survivor.id(), api.version(survivor.id()), duplicate.id(), api.version(duplicate.id()));

    for (String memberId : List.of(survivor.id(), duplicate.id())) {
      var event = awaitEvent(memberId, "member.MembersMerged");
      assertThat(event.actorid()).isEqualTo("staff-1");
      var data = event.data();
      assertThat(data.get("memberId")).isEqualTo(memberId);
      assertThat(data.get("survivorId")).isEqualTo(survivor.id());
      assertThat(data.get("duplicateId")).isEqualTo(duplicate.id());
      assertThat(data.get("documentIds")).isEqualTo(List.of(document));
      assertThat(data.get("fieldsTaken").toString())
          .contains("address.city", "千代田区", "payoutAccount.accountNumber", "****321")
          .doesNotContain("7654321")
          .doesNotContain("field=phone");
    }
    assertThat(awaitEvent(duplicate.id(), "member.AccountStatusChanged").data().get("after"))
        .isEqualTo("WITHDRAWN");
  }

  @Test
  void decidedChangeRequestsMoveToTheSurvivorWithTheirIdsAndHistory() {
    var survivor = api.changes().verifiedMember();
    var duplicate = api.changes().verifiedMember();
    api.changes().changeProfile(duplicate, HANAKO.replace("千代田区", "港区"));
    String request = json(api.changes().ownRequests(duplicate)).get(0).get("id").asString();
    api.changes().reject(request, "{\"reason\":\"書類と一致しません\"}", TestIssuer.staff());

    var response =
        api.merge(
            survivor.id(), api.version(survivor.id()), duplicate.id(), api.version(duplicate.id()));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var moved = json(api.changes().queue("?memberId=" + survivor.id(), TestIssuer.staff()));
    assertThat(moved.toString()).contains(request, "REJECTED", "書類と一致しません");
    var stored = mongo.findById(request, org.bson.Document.class, "changeRequests");
    assertThat(stored.getString("memberId")).isEqualTo(survivor.id());
    assertThat(stored.getString("state")).isEqualTo("REJECTED");
  }

  @Test
  void aStaleVersionOfEitherRecordIsRefusedAndChangesNothing() {
    var survivor = member(FROM_THE_PHONE);
    var duplicate = withLogin(HANAKO);
    long survivorVersion = api.version(survivor.id());
    long duplicateVersion = api.version(duplicate.id());

    var missing = api.merge(survivor.id(), null, duplicate.id(), duplicateVersion);
    var staleSurvivor =
        api.merge(survivor.id(), survivorVersion - 1, duplicate.id(), duplicateVersion);
    var staleDuplicate =
        api.merge(survivor.id(), survivorVersion, duplicate.id(), duplicateVersion - 1);

    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(staleSurvivor.statusCode()).isEqualTo(409);
    assertThat(staleDuplicate.statusCode()).isEqualTo(409);
    assertThat(api.version(survivor.id())).isEqualTo(survivorVersion);
    assertThat(api.version(duplicate.id())).isEqualTo(duplicateVersion);
    assertThat(accounts.disabled(duplicate.id())).isFalse();
  }

  @Test
  void ofTwoConcurrentMergesOfOnePairOneWinsAndTheOtherIsRefused() throws Exception {
    var survivor = member(FROM_THE_PHONE);
    var duplicate = withLogin(HANAKO);
    long survivorVersion = api.version(survivor.id());
    long duplicateVersion = api.version(duplicate.id());
    var start = new CountDownLatch(1);

    var one =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return api.merge(survivor.id(), survivorVersion, duplicate.id(), duplicateVersion);
            });
    var other =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return api.merge(survivor.id(), survivorVersion, duplicate.id(), duplicateVersion);
            });
    start.countDown();

    assertThat(List.of(one.get().statusCode(), other.get().statusCode()))
        .containsExactlyInAnyOrder(200, 409);
    assertThat(api.staffView(duplicate.id()).get("mergedInto").asString()).isEqualTo(survivor.id());
  }

  @Test
  void mergesOfOnePairInOppositeDirectionsCannotBothSucceed() throws Exception {
    var first = member(FROM_THE_PHONE);
    var second = withLogin(HANAKO);
    long firstVersion = api.version(first.id());
    long secondVersion = api.version(second.id());
    var start = new CountDownLatch(1);

    var one =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return api.merge(first.id(), firstVersion, second.id(), secondVersion);
            });
    var other =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return api.merge(second.id(), secondVersion, first.id(), firstVersion);
            });
    start.countDown();

    assertThat(List.of(one.get().statusCode(), other.get().statusCode()))
        .containsExactlyInAnyOrder(200, 409);
    boolean firstMerged = !api.staffView(first.id()).get("mergedInto").isNull();
    boolean secondMerged = !api.staffView(second.id()).get("mergedInto").isNull();
    assertThat(firstMerged).isNotEqualTo(secondMerged);
  }

  @Test
  void aMergeInterruptedAfterTheDuplicatesHalfIsCompletedByMergingAgain() throws Exception {
    var survivor = member(FROM_THE_PHONE);
    var duplicate = withLogin(HANAKO);
    String document = api.uploadDocument(duplicate);
    // As a crash after the duplicate's half leaves it: merged, its documents not yet moved.
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(duplicate.id())),
        new Update().set("mergedInto", survivor.id()).set("status", "WITHDRAWN").inc("version", 1),
        "members");

    var preview = json(api.preview(survivor.id(), duplicate.id(), TestIssuer.staff()));
    var response =
        api.merge(
            survivor.id(), api.version(survivor.id()), duplicate.id(), api.version(duplicate.id()));
    var again = json(api.preview(survivor.id(), duplicate.id(), TestIssuer.staff()));

    assertThat(preview.get("resuming").asBoolean()).isTrue();
    assertThat(preview.get("blockers").isEmpty()).isTrue();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(api.documentsOf(survivor.id())).toString()).contains(document);
    assertThat(api.staffView(survivor.id()).get("profile").get("address").get("city").asString())
        .isEqualTo("千代田区");
    assertThat(blockerCodes(again)).containsExactly("already-merged");
  }

  @Test
  void anUnreachableIdentityProviderMergesNothing() {
    var survivor = member(FROM_THE_PHONE);
    var duplicate = withLogin(HANAKO);
    long survivorVersion = api.version(survivor.id());
    long duplicateVersion = api.version(duplicate.id());
    accounts.down(true);

    var response = api.merge(survivor.id(), survivorVersion, duplicate.id(), duplicateVersion);

    accounts.down(false);
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(json(response).get("code").asString()).isEqualTo("identity-provider-unavailable");
    assertThat(api.version(survivor.id())).isEqualTo(survivorVersion);
    assertThat(api.version(duplicate.id())).isEqualTo(duplicateVersion);
    assertThat(api.staffView(duplicate.id()).get("mergedInto").isNull()).isTrue();
  }

  @Test
  void membersCannotPreviewOrMerge() {
    var survivor = member(FROM_THE_PHONE);
    var duplicate = member(HANAKO);

    var preview = api.preview(survivor.id(), duplicate.id(), survivor.token());
    var merge =
        api.merge(
            survivor.id(),
            api.version(survivor.id()),
            duplicate.id(),
            api.version(duplicate.id()),
            survivor.token());

    assertThat(preview.statusCode()).isEqualTo(403);
    assertThat(merge.statusCode()).isEqualTo(403);
    assertThat(api.staffView(duplicate.id()).get("mergedInto").isNull()).isTrue();
  }

  @Test
  void theDirectoryHidesMergedRecordsUnlessAskedFor() {
    String phone = "080" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    var survivor = member(withPhone(FROM_THE_PHONE, "0311112222"));
    var duplicate = withLogin(withPhone(HANAKO, phone));
    var before = json(api.http().get("/api/members?q=" + phone, TestIssuer.staff()));

    api.merge(
        survivor.id(), api.version(survivor.id()), duplicate.id(), api.version(duplicate.id()));

    var after = json(api.http().get("/api/members?q=" + phone, TestIssuer.staff()));
    var included =
        json(api.http().get("/api/members?q=" + phone + "&includeMerged=true", TestIssuer.staff()));
    assertThat(ids(before)).containsExactly(duplicate.id());
    assertThat(ids(after)).isEmpty();
    assertThat(ids(included)).containsExactly(duplicate.id());
  }

  private static List<String> ids(JsonNode page) {
    return page.get("content").valueStream().map(m -> m.get("id").asString()).toList();
  }

  private EventEnvelope awaitEvent(String memberId, String type) {
    var records =
        events.awaitRecords(
            r -> memberId.equals(r.key()) && r.value().contains("\"" + type + "\""), 1, WAIT);
    return envelopes.fromJson(records.getFirst().value());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
