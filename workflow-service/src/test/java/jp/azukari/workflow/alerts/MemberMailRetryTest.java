package jp.azukari.workflow.alerts;

import static jp.azukari.workflow.RequestsApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.notification.MailDelivered;
import jp.azukari.contracts.notification.MailDeliveryFailed;
import jp.azukari.platform.events.EventEnvelopes;
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
 * A member mail that notification-service could not deliver shows on its request until staff retry
 * it with one click or a later mail gets through; there is nothing to retry otherwise.
 */
@WorkflowTest
class MemberMailRetryTest {

  static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired MongoTemplate mongo;
  @Autowired EventEnvelopes envelopes;

  RequestsApi api;
  MemberFeed feed;
  WorkflowEvents events;
  Someone hanako;
  String id;

  @BeforeEach
  void setUp() {
    api = new RequestsApi(TestHttp.on(port));
    feed = new MemberFeed(kafka.getBrokersAsString(), mongo);
    events = new WorkflowEvents(kafka.getBrokersAsString(), envelopes);
    hanako = Someone.newMember();
    id = api.kitRequestFor(hanako.id()).get("id").asString();
    api.moveNow(id, "KIT_REQUEST_CONFIRMED");
  }

  @AfterEach
  void tearDown() {
    events.close();
    feed.close();
  }

  void mailFailed(String relatedType, String relatedId) {
    feed.notification(
        new MailDeliveryFailed(
            UUID.randomUUID().toString(),
            "request-status",
            hanako.id(),
            relatedType,
            relatedId,
            "550 mailbox unavailable"));
  }

  JsonNode awaitDetail(java.util.function.Predicate<JsonNode> condition) {
    return await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> api.detailJson(id), condition::test);
  }

  @Test
  void withoutAFailedMailThereIsNothingToRetry() {
    var retry = api.retryMemberMail(id);

    assertThat(retry.statusCode()).isEqualTo(409);
    assertThat(json(retry).get("code").asString()).isEqualTo("no-mail-failure");
    assertThat(events.seen(id, "RequestMemberMailRetried", Duration.ofSeconds(2))).isEmpty();
  }

  @Test
  void aFailedMailIsShownAndRetriedWithOneClick() {
    mailFailed("request", id);

    JsonNode failed = awaitDetail(detail -> !detail.get("mailFailure").isNull());
    assertThat(failed.get("mailFailure").get("reason").asString())
        .isEqualTo("550 mailbox unavailable");
    assertThat(failed.get("attention").values())
        .extracting(JsonNode::asString)
        .contains("MAIL_FAILED");
    assertThat(json(api.list("memberId=" + hanako.id() + "&attention=MAIL_FAILED")).get("content"))
        .hasSize(1);

    var retry = api.retryMemberMail(id);

    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(202);
    assertThat(json(retry).get("mailFailure").isNull()).isTrue();
    var retried = events.await(id, "RequestMemberMailRetried", 1).getFirst();
    assertThat(retried.actorid()).isEqualTo("staff-1");
    assertThat(retried.data())
        .containsEntry("status", "KIT_REQUEST_CONFIRMED")
        .containsEntry("memberId", hanako.id())
        .containsEntry(
            "memberMail",
            Map.of(
                "template",
                "request-status",
                "statusLabel",
                Map.of("ja", "お申し込みを確認しました", "en", "Request confirmed")));
    assertThat(api.retryMemberMail(id).statusCode()).isEqualTo(409);
    assertThat(events.seen(id, "RequestMemberMailRetried", Duration.ofSeconds(1))).hasSize(1);
  }

  @Test
  void aLaterDeliveredMailEndsTheFailure() {
    mailFailed("request", id);
    awaitDetail(detail -> !detail.get("mailFailure").isNull());

    feed.notification(
        new MailDelivered(
            UUID.randomUUID().toString(), "request-status", hanako.id(), "request", id));

    JsonNode delivered = awaitDetail(detail -> detail.get("mailFailure").isNull());
    assertThat(delivered.get("attention").values())
        .extracting(JsonNode::asString)
        .doesNotContain("MAIL_FAILED");
  }

  @Test
  void aMailOutcomeRecordedMeanwhileDoesNotMakeAStaffMembersMoveStale() {
    long seen = api.version(id);
    long stored = storedVersion();

    feed.notification(
        new MailDelivered(
            UUID.randomUUID().toString(), "request-status", hanako.id(), "request", id));
    await().atMost(WAIT).until(() -> storedVersion() > stored);
    var moved = api.move(id, seen, "KIT_SENT", "伝票番号 1234-5678");

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(json(moved).get("version").asLong()).isEqualTo(seen + 1);
    assertThat(api.move(id, seen, "CANCELLED", null).statusCode())
        .as("a move made meanwhile by a person still makes an edit stale")
        .isEqualTo(409);
  }

  long storedVersion() {
    return mongo
        .findById(id, org.bson.Document.class, "requests")
        .get("version", Number.class)
        .longValue();
  }

  @Test
  void failedMailsAboutOtherThingsAreNotTheRequests() {
    mailFailed("member", id);
    mailFailed("request", "no-such-request");
    String other = api.kitRequestFor(hanako.id()).get("id").asString();
    mailFailed("request", other);

    await().atMost(WAIT).until(() -> !api.detailJson(other).get("mailFailure").isNull());
    assertThat(api.detailJson(id).get("mailFailure").isNull()).isTrue();
  }
}
