package jp.azukari.member.changerequest;

import static jp.azukari.member.changerequest.ChangesApi.ACCOUNT;
import static jp.azukari.member.changerequest.ChangesApi.HANAKO;
import static jp.azukari.member.changerequest.ChangesApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.member.changerequest.ChangesApi.Someone;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** A change request's life reaches {@code member.events}, keyed by the member, with its actor. */
@ServiceTest
class ChangeRequestEventsTest {

  static final Duration WAIT = Duration.ofSeconds(20);

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;

  ChangesApi api;
  EventsProbe events;

  @BeforeEach
  void setUp() {
    api = new ChangesApi(TestHttp.on(port), mongo);
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER);
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  List<EventEnvelope> await(Someone who, String type, int count) {
    return events
        .awaitRecords(
            r -> who.id().equals(r.key()) && r.value().contains("\"" + type + "\""), count, WAIT)
        .stream()
        .map(r -> envelopes.fromJson(r.value()))
        .toList();
  }

  @Test
  void aRequestedAccountChangeIsAnnouncedMaskedAndItsApprovalChangesTheAccountAsStaff() {
    var hanako = api.verifiedMember();
    api.changePayoutAccount(hanako, ACCOUNT.replace("7654321", "3141592"));
    String id =
        json(api.ownRecord(hanako)).get("pendingChangeRequests").get(0).get("id").asString();
    api.approve(id, TestIssuer.staff());

    var requested = await(hanako, "member.ChangeRequested", 1).getFirst();
    var approved = await(hanako, "member.ChangeRequestApproved", 1).getFirst();
    var changed = await(hanako, "member.PayoutAccountChanged", 2).get(1);

    assertThat(requested.actortype()).isEqualTo(ActorType.MEMBER);
    assertThat(requested.data())
        .containsEntry("changeRequestId", id)
        .containsEntry("kind", "PAYOUT_ACCOUNT");
    assertThat(requested.data().get("changes"))
        .isEqualTo(
            List.of(Map.of("field", "accountNumber", "before", "****321", "after", "****592")));
    assertThat(approved.actortype()).isEqualTo(ActorType.STAFF);
    assertThat(approved.data()).containsEntry("reverification", false);
    assertThat(changed.actorid()).isEqualTo("staff-1");
    assertThat(changed.data().get("changes"))
        .isEqualTo(
            List.of(Map.of("field", "accountNumber", "before", "****321", "after", "****592")));
    var all = events.awaitRecords(r -> hanako.id().equals(r.key()), 1, WAIT);
    assertThat(all).allSatisfy(r -> assertThat(r.value()).doesNotContain("3141592"));
    assertThat(mongo.getCollection("changeRequests").find(new Document("_id", id)).first().toJson())
        .doesNotContain("3141592");
  }

  @Test
  void withdrawalAndRejectionAreAnnouncedWithTheirActors() {
    var hanako = api.verifiedMember();
    api.changeProfile(hanako, HANAKO.replace("千代田区", "港区"));
    String first =
        json(api.ownRecord(hanako)).get("pendingChangeRequests").get(0).get("id").asString();
    api.withdrawRequest(hanako, first);
    api.changeProfile(hanako, HANAKO.replace("千代田区", "中央区"));
    String second =
        json(api.ownRecord(hanako)).get("pendingChangeRequests").get(0).get("id").asString();
    api.reject(second, "{\"reason\":\"住所が確認できません\"}", TestIssuer.staff());

    var withdrawn = await(hanako, "member.ChangeRequestWithdrawn", 1).getFirst();
    var rejected = await(hanako, "member.ChangeRequestRejected", 1).getFirst();

    assertThat(withdrawn.actortype()).isEqualTo(ActorType.MEMBER);
    assertThat(withdrawn.data()).containsEntry("changeRequestId", first);
    assertThat(rejected.actortype()).isEqualTo(ActorType.STAFF);
    assertThat(rejected.data())
        .containsEntry("changeRequestId", second)
        .containsEntry("reason", "住所が確認できません");
  }
}
