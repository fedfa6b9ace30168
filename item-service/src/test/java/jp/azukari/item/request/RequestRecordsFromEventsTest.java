package jp.azukari.item.request;

import static jp.azukari.item.ItemsApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.workflow.RequestCreated;
import jp.azukari.contracts.workflow.RequestStatusChanged;
import jp.azukari.item.ForeignEvents;
import jp.azukari.item.ItemsApi;
import jp.azukari.item.ItemsApi.Someone;
import jp.azukari.item.member.MemberRecords;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * The workflow's events on {@code workflow.events} make requests known here: whose they are, their
 * status and when their items came in; each event counts once.
 */
@ServiceTest
class RequestRecordsFromEventsTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String WORKFLOW = "/workflow-service";

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired RequestRecords requests;
  @Autowired MemberRecords members;

  ForeignEvents workflow;
  ItemsApi api;
  Someone hanako;
  String requestId;

  @BeforeEach
  void setUp() {
    workflow = new ForeignEvents(kafka.getBrokersAsString(), envelopes);
    api = new ItemsApi(TestHttp.on(port), requests, members);
    hanako = Someone.newMember();
    requestId = "request-" + UUID.randomUUID();
  }

  @AfterEach
  void tearDown() {
    workflow.close();
  }

  EventEnvelope created(String type, String status) {
    return workflow.publish(
        Topics.WORKFLOW,
        WORKFLOW,
        new RequestCreated(
            requestId,
            "R-000042",
            hanako.id(),
            type,
            status,
            "WEB",
            null,
            "ITEMS_RECEIVED".equals(status)));
  }

  RequestStatusChanged moved(String from, String to, boolean itemsReceived) {
    return new RequestStatusChanged(
        requestId, "R-000042", hanako.id(), "KIT", from, to, null, itemsReceived, null);
  }

  RequestRecord awaitRecord(java.util.function.Predicate<RequestRecord> until) {
    await().atMost(WAIT).until(() -> requests.findById(requestId).filter(until).isPresent());
    return requests.findById(requestId).orElseThrow();
  }

  @Test
  void aNewRequestAndItsMovesAreKnownWithTheDayItsItemsCameIn() {
    created("KIT", "KIT_REQUESTED");

    var known = awaitRecord(r -> true);
    assertThat(known.number()).isEqualTo("R-000042");
    assertThat(known.memberId()).isEqualTo(hanako.id());
    assertThat(known.status()).isEqualTo("KIT_REQUESTED");
    assertThat(known.itemsReceivedAt()).isNull();
    assertThat(api.add(hanako.token(), requestId, "{\"name\":\"バッグ\"}").statusCode())
        .isEqualTo(201);

    workflow.publish(Topics.WORKFLOW, WORKFLOW, moved("KIT_REQUESTED", "KIT_SENT", false));
    var arrival =
        workflow.publish(Topics.WORKFLOW, WORKFLOW, moved("KIT_SENT", "ITEMS_RECEIVED", true));
    workflow.publish(Topics.WORKFLOW, WORKFLOW, moved("ITEMS_RECEIVED", "INSPECTED", false));

    var inspected = awaitRecord(r -> "INSPECTED".equals(r.status()));
    assertThat(inspected.itemsReceivedAt())
        .isEqualTo(arrival.time().truncatedTo(ChronoUnit.MILLIS));
    String itemId = json(api.ownItems(hanako.token(), requestId)).get(0).get("id").asString();
    assertThat(api.remove(hanako.token(), itemId).statusCode()).isEqualTo(409);

    workflow.publish(Topics.WORKFLOW, WORKFLOW, moved("INSPECTED", "RETURNED", false));
    awaitRecord(r -> "RETURNED".equals(r.status()));
    var closed = api.add(hanako.token(), requestId, "{\"name\":\"時計\"}");
    assertThat(closed.statusCode()).isEqualTo(409);
    assertThat(json(closed).get("code").asString()).isEqualTo("request-closed");
  }

  @Test
  void aWalkInRequestStartsWithItsItemsInTheShop() {
    var event = created("WALK_IN", "ITEMS_RECEIVED");

    var known = awaitRecord(r -> true);

    assertThat(known.itemsReceivedAt()).isEqualTo(event.time().truncatedTo(ChronoUnit.MILLIS));
  }

  @Test
  void aRedeliveredEventIsAppliedOnce() {
    created("KIT", "KIT_SENT");
    var arrival = workflow.envelope(WORKFLOW, moved("KIT_SENT", "ITEMS_RECEIVED", true));
    workflow.send(Topics.WORKFLOW, requestId, arrival);
    workflow.publish(Topics.WORKFLOW, WORKFLOW, moved("ITEMS_RECEIVED", "INSPECTED", false));
    awaitRecord(r -> "INSPECTED".equals(r.status()));

    workflow.send(Topics.WORKFLOW, requestId, arrival);
    // Behind the redelivery on the same partition (same key): once this one is in, so is it.
    String markerId = "request-" + UUID.randomUUID();
    workflow.send(
        Topics.WORKFLOW,
        requestId,
        workflow.envelope(
            WORKFLOW,
            new RequestCreated(
                markerId, "R-000043", hanako.id(), "KIT", "KIT_REQUESTED", "WEB", null)));
    await().atMost(WAIT).until(() -> requests.existsById(markerId));

    assertThat(requests.findById(requestId).orElseThrow().status()).isEqualTo("INSPECTED");
  }
}
