package jp.azukari.workflow.alerts;

import static jp.azukari.workflow.RequestsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.TestClock;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.workflow.MemberFeed;
import jp.azukari.workflow.RequestsApi;
import jp.azukari.workflow.RequestsApi.Someone;
import jp.azukari.workflow.WorkflowEvents;
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
 * Requests past their status's time limit, kits not returned and items from unverified members are
 * flagged the moment they are read, listed as alerts, and announced once per stay.
 */
@WorkflowTest
class OverdueAlertsTest {

  @LocalServerPort int port;
  @Autowired TestClock clock;
  @Autowired OverdueAnnouncements announcements;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired MongoTemplate mongo;
  @Autowired EventEnvelopes envelopes;

  RequestsApi api;
  MemberFeed feed;
  WorkflowEvents events;
  Someone hanako;

  @BeforeEach
  void setUp() {
    api = new RequestsApi(TestHttp.on(port));
    feed = new MemberFeed(kafka.getBrokersAsString(), mongo);
    events = new WorkflowEvents(kafka.getBrokersAsString(), envelopes);
    hanako = Someone.newMember();
  }

  @AfterEach
  void tearDown() {
    events.close();
    feed.close();
  }

  List<String> attention(String id) {
    return api.detailJson(id).get("attention").values().stream().map(JsonNode::asString).toList();
  }

  List<String> idsListed(String query) {
    return json(api.list("memberId=" + hanako.id() + "&" + query)).get("content").values().stream()
        .map(r -> r.get("id").asString())
        .toList();
  }

  @Test
  void aRequestPastItsTimeLimitIsOverdueTheMomentItIsRead() {
    JsonNode created = api.kitRequestFor(hanako.id());
    String id = created.get("id").asString();
    Instant since = Instant.parse(created.get("statusSince").asString());

    assertThat(created.get("overdue").asBoolean()).isFalse();
    assertThat(Instant.parse(created.get("dueAt").asString()))
        .isEqualTo(since.plus(Duration.ofHours(24)));
    assertThat(idsListed("attention=OVERDUE")).isEmpty();

    clock.advance(Duration.ofHours(25));

    JsonNode late = api.detailJson(id);
    assertThat(late.get("overdue").asBoolean()).isTrue();
    assertThat(attention(id)).containsExactly("OVERDUE");
    assertThat(idsListed("attention=OVERDUE")).containsExactly(id);
    assertThat(idsListed("attention=KIT_NOT_RETURNED")).isEmpty();

    api.moveNow(id, "KIT_REQUEST_CONFIRMED");

    assertThat(attention(id)).isEmpty();
    assertThat(api.detailJson(id).get("overdue").asBoolean()).isFalse();
  }

  @Test
  void aKitStillWithTheMemberAfterItsTimeLimitIsNotReturned() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();
    api.moveThrough(id, "KIT_REQUEST_CONFIRMED", "KIT_SENT");

    clock.advance(Duration.ofDays(13));
    assertThat(attention(id)).isEmpty();
    clock.advance(Duration.ofDays(1).plusMinutes(1));

    assertThat(attention(id)).containsExactly("KIT_NOT_RETURNED");
    assertThat(idsListed("attention=KIT_NOT_RETURNED")).containsExactly(id);
    assertThat(idsListed("attention=OVERDUE")).isEmpty();
  }

  @Test
  void anOverdueStayIsAnnouncedOnceAndTheNextStayAgain() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();
    clock.advance(Duration.ofHours(25));

    announcements.announceDue();
    announcements.announceDue();

    var first = events.await(id, "RequestOverdue", 1);
    assertThat(first.getFirst().data())
        .containsEntry("status", "KIT_REQUESTED")
        .containsEntry("kind", "OVERDUE")
        .containsEntry("memberId", hanako.id())
        .containsEntry("dueAt", api.detailJson(id).get("dueAt").asString());

    api.moveThrough(id, "KIT_REQUEST_CONFIRMED", "KIT_SENT");
    clock.advance(Duration.ofDays(15));
    announcements.announceDue();

    var both = events.await(id, "RequestOverdue", 2);
    assertThat(both.get(1).data())
        .containsEntry("status", "KIT_SENT")
        .containsEntry("kind", "KIT_NOT_RETURNED");
    assertThat(events.seen(id, "RequestOverdue", Duration.ofSeconds(2))).hasSize(2);
  }

  @Test
  void itemsInTheShopFromAnUnverifiedMemberNeedAttentionUntilTheMemberIsVerified() {
    String walkIn = api.walkInFor(hanako.id()).get("id").asString();
    String kit = api.kitRequestFor(hanako.id()).get("id").asString();

    assertThat(attention(walkIn)).containsExactly("UNVERIFIED_MEMBER_ITEMS");
    assertThat(attention(kit)).doesNotContain("UNVERIFIED_MEMBER_ITEMS");
    assertThat(idsListed("attention=UNVERIFIED_MEMBER_ITEMS")).containsExactly(walkIn);

    feed.verified(hanako.id(), "山田", "花子");

    assertThat(attention(walkIn)).isEmpty();
    assertThat(idsListed("attention=UNVERIFIED_MEMBER_ITEMS")).isEmpty();
  }

  @Test
  void theAlertsCountEveryKindAndListTheLongestWaitingFirst() {
    String walkIn = api.walkInFor(hanako.id()).get("id").asString();
    String kit = api.kitRequestFor(hanako.id()).get("id").asString();
    clock.advance(Duration.ofDays(30));

    JsonNode alerts = json(api.alerts());

    JsonNode counts = alerts.get("counts");
    assertThat(counts.propertyNames())
        .containsExactlyInAnyOrder(
            "OVERDUE", "KIT_NOT_RETURNED", "UNVERIFIED_MEMBER_ITEMS", "MAIL_FAILED");
    for (String kind :
        List.of("OVERDUE", "KIT_NOT_RETURNED", "UNVERIFIED_MEMBER_ITEMS", "MAIL_FAILED")) {
      assertThat(counts.get(kind).asLong())
          .as(kind)
          .isEqualTo(json(api.list("attention=" + kind)).get("page").get("totalElements").asLong());
    }
    assertThat(counts.get("OVERDUE").asLong()).isPositive();
    JsonNode expected =
        json(api.list(
                "attention=OVERDUE,KIT_NOT_RETURNED,UNVERIFIED_MEMBER_ITEMS,MAIL_FAILED"
                    + "&sort=statusSince,asc&size=100"))
            .get("content");
    assertThat(alerts.get("requests").values())
        .extracting(r -> r.get("id").asString())
        .containsExactlyElementsOf(
            expected.values().stream().map(r -> r.get("id").asString()).toList());
    assertThat(alerts.get("requests").size()).isLessThanOrEqualTo(100);
    assertThat(attention(walkIn)).containsExactly("OVERDUE", "UNVERIFIED_MEMBER_ITEMS");
    assertThat(attention(kit)).containsExactly("OVERDUE");
    assertThat(idsListed("attention=OVERDUE,UNVERIFIED_MEMBER_ITEMS"))
        .containsExactlyInAnyOrder(walkIn, kit);
  }
}
