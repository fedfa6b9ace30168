package jp.azukari.workflow.requests;

import static jp.azukari.workflow.RequestsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
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
 * A request from the member's kit request to the payout: started, moved by staff along allowed
 * transitions only, with every move announced with actor, from, to and comment.
 */
@WorkflowTest
class RequestLifecycleTest {

  @LocalServerPort int port;
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

  List<EventEnvelope> eventsOf(String requestId, String type, int count) {
    return events.await(requestId, type, count);
  }

  @Test
  void aMemberAsksForKitsAndSeesTheRequestWithItsLabelAndTimeline() {
    var response = api.askForKits(hanako, 2, "午前中に届けてください");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode request = json(response);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/api/requests/me/" + request.get("id").asString());
    assertThat(request.get("number").asString()).matches("R-\\d{6,}");
    assertThat(request.get("type").asString()).isEqualTo("KIT");
    assertThat(request.get("status").get("code").asString()).isEqualTo("KIT_REQUESTED");
    assertThat(request.get("status").get("label").get("ja").asString())
        .isEqualTo("キットのお申し込みを受け付けました");
    assertThat(request.get("status").get("color").get("background").asString())
        .isEqualTo("#e7f5ff");
    assertThat(request.get("kitCount").asInt()).isEqualTo(2);
    assertThat(request.get("note").asString()).isEqualTo("午前中に届けてください");
    assertThat(request.get("timeline")).hasSize(1);
    assertThat(request.has("history")).isFalse();
    assertThat(request.has("attention")).isFalse();

    var created = eventsOf(request.get("id").asString(), "RequestCreated", 1).getFirst();
    assertThat(created.actorid()).isEqualTo(hanako.id());
    assertThat(created.actortype()).isEqualTo(ActorType.MEMBER);
    assertThat(created.data())
        .containsAllEntriesOf(
            Map.of(
                "number", request.get("number").asString(),
                "memberId", hanako.id(),
                "type", "KIT",
                "status", "KIT_REQUESTED",
                "channel", "WEB",
                "note", "午前中に届けてください"));
  }

  @Test
  void requestNumbersFollowEachOther() {
    int first =
        Integer.parseInt(api.kitRequestFor(hanako.id()).get("number").asString().substring(2));
    int second =
        Integer.parseInt(api.kitRequestFor(hanako.id()).get("number").asString().substring(2));

    assertThat(second).isGreaterThan(first);
  }

  @Test
  void aMemberAsksForOneToFiveKitsOnly() {
    var none = api.askForKits(hanako, 0, null);
    var six = api.askForKits(hanako, 6, null);
    var walkIn =
        api.http()
            .postJson("/api/requests/me", "{\"type\":\"WALK_IN\",\"kitCount\":1}", hanako.token());

    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("\"field\":\"kitCount\"");
    assertThat(six.statusCode()).isEqualTo(400);
    assertThat(walkIn.statusCode()).isEqualTo(400);
    assertThat(walkIn.body()).contains("\"field\":\"type\"");
    assertThat(json(api.ownRequests(hanako))).isEmpty();
  }

  @Test
  void staffStartKitAndWalkInRequestsForAMember() {
    feed.named(hanako.id(), "山田", "花子");

    var kit = api.start(hanako.id(), "KIT", "PHONE", 3);
    var walkIn = api.start(hanako.id(), "WALK_IN", "WALK_IN", null);
    var kitWithoutCount = api.start(hanako.id(), "KIT", "PHONE", null);
    var byMember =
        api.http()
            .postJson(
                "/api/requests",
                RequestsApi.body(
                    Map.of(
                        "memberId", hanako.id(), "type", "KIT", "channel", "PHONE", "kitCount", 1)),
                hanako.token());

    assertThat(kit.statusCode()).as(kit.body()).isEqualTo(201);
    assertThat(json(kit).get("status").get("code").asString()).isEqualTo("KIT_REQUESTED");
    assertThat(json(kit).get("channel").asString()).isEqualTo("PHONE");
    assertThat(json(kit).get("memberName").asString()).isEqualTo("山田 花子");
    assertThat(json(kit).get("memberVerification").asString()).isEqualTo("NOT_SUBMITTED");
    assertThat(walkIn.statusCode()).as(walkIn.body()).isEqualTo(201);
    assertThat(json(walkIn).get("status").get("code").asString()).isEqualTo("ITEMS_RECEIVED");
    assertThat(json(walkIn).get("kitCount").asInt()).isZero();
    assertThat(eventsOf(json(walkIn).get("id").asString(), "RequestCreated", 1).getFirst().data())
        .as("a walk-in starts with its items in the shop: the ledger's acquisition")
        .containsEntry("itemsReceived", true);
    assertThat(eventsOf(json(kit).get("id").asString(), "RequestCreated", 1).getFirst().data())
        .containsEntry("itemsReceived", false);
    assertThat(kitWithoutCount.statusCode()).isEqualTo(400);
    assertThat(kitWithoutCount.body()).contains("\"field\":\"kitCount\"");
    assertThat(byMember.statusCode()).isEqualTo(403);
    assertThat(json(api.ownRequests(hanako)).size()).isEqualTo(2);
  }

  @Test
  void staffMoveARequestAlongItsTransitionsAndEveryMoveIsAnnounced() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();

    var moved = api.move(id, api.version(id), "KIT_REQUEST_CONFIRMED", "在庫確認済み");

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    JsonNode detail = json(moved);
    assertThat(moved.headers().firstValue("ETag"))
        .hasValue("\"" + detail.get("version").asLong() + "\"");
    assertThat(detail.get("status").get("code").asString()).isEqualTo("KIT_REQUEST_CONFIRMED");
    assertThat(detail.get("history")).hasSize(2);
    JsonNode step = detail.get("history").get(1);
    assertThat(step.get("from").asString()).isEqualTo("KIT_REQUESTED");
    assertThat(step.get("to").asString()).isEqualTo("KIT_REQUEST_CONFIRMED");
    assertThat(step.get("comment").asString()).isEqualTo("在庫確認済み");
    assertThat(step.get("actor").get("id").asString()).isEqualTo("staff-1");
    assertThat(step.get("actor").get("name").asString()).isEqualTo("佐藤 一郎");
    assertThat(step.get("actor").get("type").asString()).isEqualTo("staff");
    assertThat(detail.get("allowedTransitions").values())
        .extracting(t -> t.get("to").asString())
        .containsExactly("KIT_SENT", "CANCELLED");

    var changed = eventsOf(id, "RequestStatusChanged", 1).getFirst();
    assertThat(changed.actorid()).isEqualTo("staff-1");
    assertThat(changed.actortype()).isEqualTo(ActorType.STAFF);
    assertThat(changed.data())
        .containsAllEntriesOf(
            Map.of(
                "from", "KIT_REQUESTED",
                "to", "KIT_REQUEST_CONFIRMED",
                "comment", "在庫確認済み",
                "itemsReceived", false,
                "memberId", hanako.id(),
                "type", "KIT"));
    @SuppressWarnings("unchecked")
    var mail = (Map<String, Object>) changed.data().get("memberMail");
    assertThat(mail).containsEntry("template", "request-status");
    assertThat(mail.get("statusLabel"))
        .isEqualTo(Map.of("ja", "お申し込みを確認しました", "en", "Request confirmed"));
  }

  @Test
  void refusesATransitionThatIsNotAllowedAndChangesNothing() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();
    api.moveThrough(id, "KIT_REQUEST_CONFIRMED", "KIT_SENT");
    long version = api.version(id);

    var refused = api.move(id, version, "PAID_OUT", null);

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(refused).get("code").asString()).isEqualTo("illegal-transition");
    assertThat(json(refused).get("type").asString())
        .isEqualTo("urn:azukari:problem:illegal-transition");
    assertThat(json(refused).get("detail").asString())
        .isEqualTo("KIT_SENT cannot move to PAID_OUT.");
    assertThat(api.version(id)).isEqualTo(version);
    assertThat(api.detailJson(id).get("status").get("code").asString()).isEqualTo("KIT_SENT");
  }

  @Test
  void anUnverifiedMembersItemsAreNotListedUntilTheMemberIsVerified() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();
    api.moveThrough(id, "KIT_REQUEST_CONFIRMED", "KIT_SENT", "ITEMS_RECEIVED", "INSPECTED");
    assertThat(api.detailJson(id).get("allowedTransitions").get(0).get("blockedReason").asString())
        .isEqualTo("member-not-verified");

    var refused = api.move(id, api.version(id), "LISTED", null);

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(json(refused).get("code").asString()).isEqualTo("member-not-verified");

    feed.verified(hanako.id(), "山田", "花子");
    var listed = api.move(id, api.version(id), "LISTED", null);

    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(json(listed).get("memberVerification").asString()).isEqualTo("VERIFIED");
  }

  @Test
  void enteringTheItemsReceivedStatusIsMarkedOnceForTheLedger() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();

    api.moveThrough(id, "KIT_REQUEST_CONFIRMED", "KIT_SENT", "ITEMS_RECEIVED", "INSPECTED");

    var moves = eventsOf(id, "RequestStatusChanged", 4);
    assertThat(moves)
        .extracting(e -> e.data().get("to") + ":" + e.data().get("itemsReceived"))
        .containsExactly(
            "KIT_REQUEST_CONFIRMED:false",
            "KIT_SENT:false",
            "ITEMS_RECEIVED:true",
            "INSPECTED:false");
    assertThat(moves.get(3).data().get("memberMail")).isNull();
  }

  @Test
  void aMoveNeedsTheVersionTheStaffMemberSaw() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();
    long version = api.version(id);

    var missing = api.move(id, null, "KIT_REQUEST_CONFIRMED", null);
    var moved = api.move(id, version, "KIT_REQUEST_CONFIRMED", null);
    var stale = api.move(id, version, "CANCELLED", null);

    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(moved.statusCode()).isEqualTo(200);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(api.detailJson(id).get("status").get("code").asString())
        .isEqualTo("KIT_REQUEST_CONFIRMED");
  }

  @Test
  void withTheMemberMailSwitchedOffAMoveMailsNobody() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();

    var off = api.switchMemberMail(id, api.version(id), false);
    api.moveNow(id, "KIT_REQUEST_CONFIRMED");
    api.switchMemberMail(id, api.version(id), true);
    api.moveNow(id, "KIT_SENT");

    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    assertThat(json(off).get("memberMail").asBoolean()).isFalse();
    var switched = eventsOf(id, "RequestMemberMailSwitched", 2);
    assertThat(switched).extracting(e -> e.data().get("enabled")).containsExactly(false, true);
    var moves = eventsOf(id, "RequestStatusChanged", 2);
    assertThat(moves.get(0).data().get("to")).isEqualTo("KIT_REQUEST_CONFIRMED");
    assertThat(moves.get(0).data().get("memberMail")).isNull();
    assertThat(moves.get(1).data().get("to")).isEqualTo("KIT_SENT");
    assertThat(moves.get(1).data().get("memberMail")).isNotNull();
  }

  @Test
  void aHoldIsVisibleEverywhereUntilItIsReleased() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();
    String number = api.detailJson(id).get("number").asString();

    var held = api.hold(id, api.version(id), "5日以降に配送");

    assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
    JsonNode hold = json(held).get("hold");
    assertThat(hold.get("note").asString()).isEqualTo("5日以降に配送");
    assertThat(hold.get("by").asString()).isEqualTo("佐藤 一郎");
    assertThat(hold.get("since").asString()).isNotBlank();
    JsonNode listed = json(api.list("memberId=" + hanako.id() + "&onHold=true")).get("content");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("hold").get("note").asString()).isEqualTo("5日以降に配送");
    assertThat(json(api.list("memberId=" + hanako.id() + "&onHold=false")).get("content"))
        .isEmpty();
    JsonNode column = column(json(api.board("type=KIT&limit=200")), "KIT_REQUESTED");
    assertThat(column.get("requests").values())
        .filteredOn(r -> r.get("number").asString().equals(number))
        .singleElement()
        .satisfies(r -> assertThat(r.get("hold").get("note").asString()).isEqualTo("5日以降に配送"));
    JsonNode own = json(api.ownRequest(hanako, id));
    assertThat(own.get("hold").get("note").asString()).isEqualTo("5日以降に配送");
    assertThat(own.get("hold").has("by")).isFalse();

    var released = api.release(id, api.version(id));

    assertThat(released.statusCode()).isEqualTo(200);
    assertThat(json(released).get("hold").isNull()).isTrue();
    assertThat(json(api.ownRequest(hanako, id)).get("hold").isNull()).isTrue();
    var changes = eventsOf(id, "RequestHoldChanged", 2);
    assertThat(changes).extracting(e -> e.data().get("onHold")).containsExactly(true, false);
    @SuppressWarnings("unchecked")
    var change = ((List<Map<String, Object>>) changes.get(0).data().get("changes")).getFirst();
    assertThat(change).containsEntry("field", "hold.note").containsEntry("after", "5日以降に配送");
    assertThat(change.get("before")).isNull();
  }

  @Test
  void aHoldNeedsANoteAndTheVersionSeen() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();

    assertThat(api.hold(id, api.version(id), " ").statusCode()).isEqualTo(400);
    assertThat(api.hold(id, null, "待ち").statusCode()).isEqualTo(428);
    assertThat(api.hold(id, api.version(id) + 1, "待ち").statusCode()).isEqualTo(409);
    assertThat(api.detailJson(id).get("hold").isNull()).isTrue();
  }

  @Test
  void theMemberSeesTheTimelineOfTheirRequestWithLabelsAndDates() {
    String id = json(api.askForKits(hanako, 1, null)).get("id").asString();
    api.moveThrough(id, "KIT_REQUEST_CONFIRMED", "KIT_SENT");

    JsonNode own = json(api.ownRequest(hanako, id));

    assertThat(own.get("status").get("code").asString()).isEqualTo("KIT_SENT");
    assertThat(own.get("status").get("label").get("en").asString())
        .isEqualTo("Kit on its way to you");
    assertThat(own.get("timeline").values())
        .extracting(t -> t.get("status").asString())
        .containsExactly("KIT_REQUESTED", "KIT_REQUEST_CONFIRMED", "KIT_SENT");
    assertThat(own.get("timeline").get(2).get("label").get("ja").asString())
        .isEqualTo("キットを発送しました");
    assertThat(own.get("timeline").get(2).get("at").asString())
        .isEqualTo(own.get("statusSince").asString());
    assertThat(own.toString()).doesNotContain("staff-1").doesNotContain("佐藤");
  }

  @Test
  void theBoardShowsEveryStatusInOrderWithItsRequests() {
    String id = api.kitRequestFor(hanako.id()).get("id").asString();
    api.moveThrough(id, "KIT_REQUEST_CONFIRMED", "KIT_SENT");

    JsonNode board = json(api.board("type=KIT&limit=200"));

    assertThat(board.get("type").asString()).isEqualTo("KIT");
    assertThat(board.get("columns").values())
        .extracting(c -> c.get("status").get("code").asString())
        .containsExactly(
            "KIT_REQUESTED",
            "KIT_REQUEST_CONFIRMED",
            "KIT_SENT",
            "ITEMS_RECEIVED",
            "INSPECTED",
            "LISTED",
            "SOLD",
            "PAID_OUT",
            "CANCELLED",
            "RETURNED");
    JsonNode sent = column(board, "KIT_SENT");
    assertThat(sent.get("total").asLong()).isPositive();
    assertThat(sent.get("status").get("kitWithMember").asBoolean()).isTrue();
    assertThat(sent.get("requests").values()).anyMatch(r -> r.get("id").asString().equals(id));
    assertThat(api.board("type=NOPE").statusCode()).isEqualTo(400);
    assertThat(api.http().get("/api/requests/board", hanako.token()).statusCode()).isEqualTo(403);
  }

  @Test
  void staffFindRequestsByNumberOrMemberName() {
    String memberId = hanako.id();
    feed.named(memberId, "鈴木", "一二三四五");
    JsonNode request = api.kitRequestFor(memberId);
    String number = request.get("number").asString();

    JsonNode byNumber = json(api.list("q=" + number)).get("content");
    JsonNode byName =
        json(api.list(
                "q="
                    + java.net.URLEncoder.encode(
                        "鈴木 一二三", java.nio.charset.StandardCharsets.UTF_8)))
            .get("content");

    assertThat(byNumber.values())
        .extracting(r -> r.get("number").asString())
        .containsExactly(number);
    assertThat(byName.values())
        .extracting(r -> r.get("memberName").asString())
        .containsOnly("鈴木 一二三四五");
    assertThat(byName.values())
        .extracting(r -> r.get("id").asString())
        .contains(request.get("id").asString());
    JsonNode page = json(api.list("memberId=" + memberId + "&size=1&sort=number,desc"));
    assertThat(page.get("page").get("size").asInt()).isEqualTo(1);
    assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(1);
    assertThat(api.list("sort=secret,asc").statusCode()).isEqualTo(400);
    assertThat(api.list("attention=LATE").statusCode()).isEqualTo(400);
  }

  static JsonNode column(JsonNode board, String status) {
    for (JsonNode column : board.get("columns").values()) {
      if (column.get("status").get("code").asString().equals(status)) {
        return column;
      }
    }
    throw new AssertionError("No column " + status);
  }
}
