package jp.azukari.member.verification;

import static jp.azukari.member.verification.DocumentsApi.VERIFIER;
import static jp.azukari.member.verification.DocumentsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.Topics;
import jp.azukari.member.verification.DocumentsApi.Someone;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.Samples;
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

/** The queue, the review and a verifier's decision. */
@ServiceTest
class VerificationDecisionTest {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final String VERIFY = "{\"decision\":\"VERIFIED\"}";
  static final String REJECT = "{\"decision\":\"REJECTED\",\"reason\":\"写真がぼやけています。\"}";

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;

  DocumentsApi api;
  EventsProbe events;
  Someone hanako;

  @BeforeEach
  void setUp() {
    api = new DocumentsApi(TestHttp.on(port));
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER);
    hanako = Someone.newMember();
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  /** Sign-up confirms the address; until it exists here, the record is set as it will. */
  void confirmEmail(Someone someone) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(someone.id())),
        Update.update("emailConfirmed", true),
        "members");
  }

  void submitBothSides(Someone someone) {
    api.upload(someone.token(), "DRIVING_LICENCE", "FRONT", Samples.JPEG);
    api.upload(someone.token(), "DRIVING_LICENCE", "BACK", Samples.HEIC);
  }

  JsonNode ownRecord(Someone someone) {
    return json(api.http().get("/api/members/me", someone.token()));
  }

  @Test
  void theReviewShowsProfileHolderDocumentsAndTheMismatchesFound() {
    api.completeProfile(hanako);
    submitBothSides(hanako);

    var response = api.review(hanako.id(), TestIssuer.staff());

    assertThat(response.statusCode()).isEqualTo(200);
    var review = json(response);
    assertThat(response.headers().firstValue("ETag"))
        .hasValue("\"" + review.get("version").asLong() + "\"");
    assertThat(review.get("profile").get("familyNameKana").asString()).isEqualTo("ヤマダ");
    assertThat(review.get("profile").get("birthDate").asString()).isEqualTo("1990-04-01");
    assertThat(review.get("profile").get("address").get("city").asString()).isEqualTo("千代田区");
    assertThat(review.get("payoutAccount").get("holderKana").asString()).isEqualTo("ヤマダ ハナコ");
    assertThat(review.get("payoutAccount").has("accountNumber")).isFalse();
    assertThat(review.get("documents").size()).isEqualTo(2);
    assertThat(codes(review)).containsExactly("email.unconfirmed");
  }

  @Test
  void theReviewFlagsAHolderKanaThatIsNotTheMembersNameAndMissingFields() {
    api.completeProfile(hanako);
    long version = json(api.http().get("/api/members/me", hanako.token())).get("version").asLong();
    api.http()
        .send(
            "PUT",
            "/api/members/me/payout-account",
            hanako.token(),
            DocumentsApi.ACCOUNT.replace("ﾔﾏﾀﾞ ﾊﾅｺ", "ｻﾄｳ ｲﾁﾛｳ"),
            Map.of("If-Match", "\"" + version + "\""));
    api.upload(hanako.token(), "PASSPORT", "FRONT", Samples.JPEG);
    Someone taro = Someone.newMember();
    api.upload(taro.token(), "DRIVING_LICENCE", "FRONT", Samples.JPEG);

    var review = json(api.review(hanako.id(), TestIssuer.staff()));
    var incomplete = json(api.review(taro.id(), TestIssuer.staff()));

    var holder = review.get("mismatches").get(0);
    assertThat(holder.get("code").asString()).isEqualTo("holderKana.differs");
    assertThat(holder.get("expected").asString()).isEqualTo("ヤマダ ハナコ");
    assertThat(holder.get("actual").asString()).isEqualTo("サトウ イチロウ");
    assertThat(codes(incomplete)).contains("field.missing", "documents.backMissing");
    assertThat(incomplete.get("missingFields").toString()).contains("familyNameKana");
  }

  @Test
  void theQueueListsPendingMembersOldestFirstForStaffOnly() {
    Someone first = Someone.newMember();
    Someone second = Someone.newMember();
    submitBothSides(first);
    submitBothSides(second);

    var response = api.queue("?state=PENDING&size=100", TestIssuer.staff());

    assertThat(response.statusCode()).isEqualTo(200);
    var ids =
        json(response).get("content").valueStream().map(e -> e.get("memberId").asString()).toList();
    assertThat(ids).containsSubsequence(first.id(), second.id());
    assertThat(json(response).get("page").get("size").asInt()).isEqualTo(100);
    assertThat(api.queue("?state=MAYBE", TestIssuer.staff()).statusCode()).isEqualTo(400);
  }

  @Test
  void plainStaffCannotDecide() {
    submitBothSides(hanako);
    long version = api.reviewedVersion(hanako.id());

    var response = api.decide(hanako.id(), TestIssuer.staff(), version, VERIFY);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(ownRecord(hanako).get("verification").get("state").asString()).isEqualTo("PENDING");
  }

  @Test
  void aVerifierVerifiesAndACompleteConfirmedMemberBecomesActive() {
    api.completeProfile(hanako);
    confirmEmail(hanako);
    submitBothSides(hanako);

    var response = api.decide(hanako.id(), VERIFIER, api.reviewedVersion(hanako.id()), VERIFY);

    assertThat(response.statusCode()).isEqualTo(200);
    var record = ownRecord(hanako);
    assertThat(record.get("verification").get("state").asString()).isEqualTo("VERIFIED");
    assertThat(record.get("verification").get("decidedBy").asString()).isEqualTo("verifier-1");
    assertThat(record.get("verification").get("decidedAt").isNull()).isFalse();
    assertThat(record.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(json(api.ownDocuments(hanako.token())).get(0).get("review").asString())
        .isEqualTo("ACCEPTED");

    var decided = awaitEvent("member.VerificationDecided");
    assertThat(decided.actorid()).isEqualTo("verifier-1");
    assertThat(decided.actortype()).isEqualTo(ActorType.STAFF);
    assertThat(decided.data().get("changes"))
        .isEqualTo(
            List.of(
                Map.of("field", "verification.state", "before", "PENDING", "after", "VERIFIED")));
    var activated = awaitEvent("member.AccountStatusChanged");
    assertThat(activated.data())
        .containsEntry("before", "PROVISIONAL")
        .containsEntry("after", "ACTIVE");
  }

  @Test
  void aVerifiedMemberWithoutAConfirmedAddressStaysProvisional() {
    api.completeProfile(hanako);
    submitBothSides(hanako);

    api.decide(hanako.id(), VERIFIER, api.reviewedVersion(hanako.id()), VERIFY);

    var record = ownRecord(hanako);
    assertThat(record.get("verification").get("state").asString()).isEqualTo("VERIFIED");
    assertThat(record.get("status").asString()).isEqualTo("PROVISIONAL");
  }

  @Test
  void aVerifiedMemberWithAnIncompleteProfileStaysProvisional() {
    confirmEmail(hanako);
    submitBothSides(hanako);

    api.decide(hanako.id(), VERIFIER, api.reviewedVersion(hanako.id()), VERIFY);

    assertThat(ownRecord(hanako).get("status").asString()).isEqualTo("PROVISIONAL");
  }

  @Test
  void aRejectionNeedsAReasonThatTheMemberThenSees() {
    submitBothSides(hanako);
    long version = api.reviewedVersion(hanako.id());

    var withoutReason =
        api.decide(hanako.id(), VERIFIER, version, "{\"decision\":\"REJECTED\",\"reason\":\" \"}");
    assertThat(withoutReason.statusCode()).isEqualTo(400);
    assertThat(json(withoutReason).get("errors").get(0).get("field").asString())
        .isEqualTo("reason");

    var rejected = api.decide(hanako.id(), VERIFIER, version, REJECT);

    assertThat(rejected.statusCode()).isEqualTo(200);
    var verification = ownRecord(hanako).get("verification");
    assertThat(verification.get("state").asString()).isEqualTo("REJECTED");
    assertThat(verification.get("reason").asString()).isEqualTo("写真がぼやけています。");
    var documents = json(api.ownDocuments(hanako.token()));
    assertThat(documents.get(0).get("review").asString()).isEqualTo("REJECTED");
    assertThat(documents.get(0).get("deletable").asBoolean()).isFalse();
    assertThat(api.delete(hanako.token(), documents.get(0).get("id").asString()).statusCode())
        .isEqualTo(409);

    api.upload(hanako.token(), "PASSPORT", "FRONT", Samples.PNG);
    assertThat(ownRecord(hanako).get("verification").get("state").asString()).isEqualTo("PENDING");
  }

  @Test
  void aDecisionOnAStaleVersionIsRefusedWith409AndAMissingOneWith428() {
    submitBothSides(hanako);
    long seen = api.reviewedVersion(hanako.id());
    api.upload(hanako.token(), "PASSPORT", "FRONT", Samples.PNG);
    api.completeProfile(hanako);

    var stale = api.decide(hanako.id(), VERIFIER, seen, VERIFY);
    var missing = api.decide(hanako.id(), VERIFIER, null, VERIFY);

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(ownRecord(hanako).get("verification").get("state").asString()).isEqualTo("PENDING");
  }

  @Test
  void nothingPendingMeansNothingToDecide() {
    api.http().get("/api/members/me", hanako.token());

    var response = api.decide(hanako.id(), VERIFIER, 0, VERIFY);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).get("code").asString()).isEqualTo("verification.notPending");
  }

  @Test
  void anUnknownDecisionIsRefused() {
    submitBothSides(hanako);

    var response =
        api.decide(
            hanako.id(), VERIFIER, api.reviewedVersion(hanako.id()), "{\"decision\":\"PENDING\"}");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  private jp.azukari.contracts.EventEnvelope awaitEvent(String type) {
    var records =
        events.awaitRecords(
            r -> hanako.id().equals(r.key()) && r.value().contains("\"" + type + "\""), 1, WAIT);
    return envelopes.fromJson(records.getFirst().value());
  }

  private static List<String> codes(JsonNode review) {
    return review.get("mismatches").valueStream().map(m -> m.get("code").asString()).toList();
  }
}
