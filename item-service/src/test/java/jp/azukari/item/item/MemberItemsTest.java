package jp.azukari.item.item;

import static jp.azukari.item.ItemsApi.STAFF;
import static jp.azukari.item.ItemsApi.change;
import static jp.azukari.item.ItemsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.item.ItemEvents;
import jp.azukari.item.ItemsApi;
import jp.azukari.item.ItemsApi.Someone;
import jp.azukari.item.member.MemberRecords;
import jp.azukari.item.request.RequestRecords;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * Members describe the items of their own open requests with the member-editable fields; another
 * member's items and requests do not exist for them.
 */
@ServiceTest
class MemberItemsTest {

  @LocalServerPort int port;
  @Autowired RequestRecords requests;
  @Autowired MemberRecords members;
  @Autowired ItemRepository items;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;

  ItemsApi api;
  ItemEvents events;
  Someone hanako;
  Someone taro;

  @BeforeEach
  void setUp() {
    api = new ItemsApi(TestHttp.on(port), requests, members);
    events = new ItemEvents(kafka.getBrokersAsString(), envelopes);
    hanako = Someone.newMember();
    taro = Someone.newMember();
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  static List<String> keys(JsonNode values) {
    var keys = new ArrayList<String>();
    values.propertyNames().forEach(keys::add);
    return keys;
  }

  @Test
  void aMemberAddsAnItemToTheirOpenRequestWithValuesAsTyped() {
    api.named(hanako, "山田", "花子");
    var request = api.openRequest(hanako);

    var response =
        api.add(
            hanako.token(),
            request.id(),
            """
            {"name":" ショルダーバッグ ","brand":"ＣＨＡＮＥＬ","condition":"likeNew",
             "memberNotes":"開封済み未使用"}
            """);

    assertThat(response.statusCode()).isEqualTo(201);
    var item = json(response);
    assertThat(item.get("number").asString()).matches("I-\\d{6}");
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/api/items/me/" + item.get("id").asString());
    assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
    assertThat(item.get("requestId").asString()).isEqualTo(request.id());
    assertThat(item.get("requestNumber").asString()).isEqualTo(request.number());
    assertThat(item.get("memberId").asString()).isEqualTo(hanako.id());
    assertThat(item.get("memberName").asString()).isEqualTo("山田 花子");
    assertThat(item.get("values").get("name").asString()).isEqualTo("ショルダーバッグ");
    assertThat(item.get("values").get("brand").asString()).isEqualTo("ＣＨＡＮＥＬ");
    assertThat(keys(item.get("values")))
        .as("the staff-only quantity every item starts with is not shown to members")
        .containsExactlyInAnyOrder("name", "brand", "condition", "memberNotes");
    assertThat(item.get("missingRequired").size()).isZero();
    assertThat(item.get("price").isNull()).isTrue();
    assertThat(item.get("version").asLong()).isZero();
    var stored = items.findById(item.get("id").asString()).orElseThrow();
    assertThat(stored.values()).containsEntry("quantity", 1L);
  }

  @Test
  void aMemberMayNotWriteStaffOnlyFields() {
    var request = api.openRequest(hanako);

    var response =
        api.add(hanako.token(), request.id(), "{\"name\":\"時計\",\"startPrice\":\"5000\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    var problem = json(response);
    assertThat(problem.get("code").asString()).isEqualTo("item-values.invalid");
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("values.startPrice");
    assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("value.staffOnly");
    assertThat(json(api.ownItems(hanako.token(), request.id())).size()).isZero();

    var item = api.added(hanako.token(), request.id(), "{\"name\":\"時計\"}");
    var change =
        api.change(hanako.token(), item.get("id").asString(), 0, "{\"title\":\"ロレックス 腕時計\"}");
    assertThat(change.statusCode()).isEqualTo(400);
    assertThat(json(change).get("errors").get(0).get("code").asString())
        .isEqualTo("value.staffOnly");
  }

  @Test
  void valuesThatDoNotFitTheirFieldsAreAllNamed() {
    var request = api.openRequest(hanako);

    var response =
        api.add(
            hanako.token(),
            request.id(),
            "{\"condition\":\"broken\",\"colour\":\"red\",\"brand\":\"" + "a".repeat(201) + "\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    var errors = new ArrayList<String>();
    json(response)
        .get("errors")
        .forEach(e -> errors.add(e.get("field").asString() + " " + e.get("code").asString()));
    assertThat(errors)
        .containsExactlyInAnyOrder(
            "values.condition value.option",
            "values.colour value.unknownField",
            "values.brand value.tooLong");
  }

  @Test
  void anotherMembersRequestOrAnUnknownOneDoesNotExistForAMember() {
    var taros = api.openRequest(taro);

    var onTaros = api.add(hanako.token(), taros.id(), "{\"name\":\"バッグ\"}");
    var onUnknown = api.add(hanako.token(), "request-that-does-not-exist", "{\"name\":\"バッグ\"}");
    var listing = api.ownItems(hanako.token(), taros.id());

    assertThat(onTaros.statusCode()).isEqualTo(404);
    assertThat(json(onTaros).get("code").asString()).isEqualTo("request-unknown");
    assertThat(onUnknown.statusCode()).isEqualTo(404);
    assertThat(json(onUnknown).get("code").asString()).isEqualTo("request-unknown");
    assertThat(listing.statusCode()).isEqualTo(404);
    assertThat(json(api.ownItems(taro.token(), taros.id())).size()).isZero();
  }

  @Test
  void itemsAreAddedOnlyToRequestsThatAreStillOpen() {
    for (String status : List.of("CANCELLED", "RETURNED", "PAID_OUT")) {
      var closed = api.request(hanako, status);

      var response = api.add(hanako.token(), closed.id(), "{\"name\":\"バッグ\"}");

      assertThat(response.statusCode()).as(status).isEqualTo(409);
      assertThat(json(response).get("code").asString()).isEqualTo("request-closed");
      assertThat(json(response).get("detail").asString()).contains(status);
    }
    assertThat(
            api.add(hanako.token(), api.request(hanako, "KIT_REQUESTED").id(), "{}").statusCode())
        .isEqualTo(201);
  }

  @Test
  void anotherMembersItemDoesNotExistForAMember() {
    var request = api.openRequest(taro);
    var item = api.added(taro.token(), request.id(), "{\"name\":\"カメラ\"}");
    String id = item.get("id").asString();

    assertThat(api.ownItem(hanako.token(), id).statusCode()).isEqualTo(404);
    assertThat(json(api.ownItem(hanako.token(), id)).get("code").asString())
        .isEqualTo("item-unknown");
    assertThat(api.change(hanako.token(), id, 0, "{\"name\":\"盗んだ\"}").statusCode()).isEqualTo(404);
    assertThat(api.remove(hanako.token(), id).statusCode()).isEqualTo(404);
    assertThat(json(api.ownItems(hanako.token(), null)).size()).isZero();
    assertThat(json(api.ownItem(taro.token(), id)).get("values").get("name").asString())
        .isEqualTo("カメラ");
    assertThat(api.item(taro.token(), id).statusCode())
        .as("the staff endpoint is for staff only")
        .isEqualTo(403);
  }

  @Test
  void aChangeNeedsTheVersionItWasMadeOn() {
    var request = api.openRequest(hanako);
    String id = api.added(hanako.token(), request.id(), "{\"name\":\"財布\"}").get("id").asString();

    var withoutVersion = api.change(hanako.token(), id, null, "{\"brand\":\"グッチ\"}");
    var changed = api.change(hanako.token(), id, 0, "{\"brand\":\"グッチ\"}");
    var stale = api.change(hanako.token(), id, 0, "{\"brand\":\"プラダ\"}");

    assertThat(withoutVersion.statusCode()).isEqualTo(428);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(json(changed).get("values").get("brand").asString()).isEqualTo("グッチ");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(api.ownItem(hanako.token(), id)).get("values").get("brand").asString())
        .isEqualTo("グッチ");
  }

  @Test
  void membersChangeNothingOnceTheRequestIsClosed() {
    var request = api.openRequest(hanako);
    String id = api.added(hanako.token(), request.id(), "{\"name\":\"財布\"}").get("id").asString();
    requests.save(
        new jp.azukari.item.request.RequestRecord(
            request.id(),
            request.number(),
            hanako.id(),
            "KIT",
            "CANCELLED",
            null,
            java.time.Instant.now()));

    var change = api.change(hanako.token(), id, 0, "{\"brand\":\"グッチ\"}");

    assertThat(change.statusCode()).isEqualTo(409);
    assertThat(json(change).get("code").asString()).isEqualTo("request-closed");
    assertThat(api.remove(hanako.token(), id).statusCode()).isEqualTo(409);
    assertThat(api.ownItem(hanako.token(), id).statusCode()).as("still shown").isEqualTo(200);
  }

  @Test
  void aMemberRemovesAnItemOnlyBeforeTheShopHasReceivedTheItems() throws Exception {
    var request = api.openRequest(hanako);
    String kept = api.added(hanako.token(), request.id(), "{\"name\":\"指輪\"}").get("id").asString();
    String removed =
        api.added(hanako.token(), request.id(), "{\"name\":\"ネックレス\"}").get("id").asString();

    assertThat(api.remove(hanako.token(), removed).statusCode()).isEqualTo(204);
    assertThat(api.ownItem(hanako.token(), removed).statusCode()).isEqualTo(404);
    assertThat(api.item(STAFF, removed).statusCode()).isEqualTo(404);
    assertThat(json(api.ownItems(hanako.token(), request.id())))
        .extracting(item -> item.get("id").asString())
        .containsExactly(kept);

    api.received(request);
    var refused = api.remove(hanako.token(), kept);

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(json(refused).get("code").asString()).isEqualTo("items-received");
    assertThat(api.ownItem(hanako.token(), kept).statusCode()).isEqualTo(200);
    var removal = events.await(removed, "item.ItemChanged", 1).getFirst();
    assertThat(removal.data().get("changes"))
        .isEqualTo(
            List.of(
                change("removed", false, true),
                change("quantity", 1, null),
                change("name", "ネックレス", null)));
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(40))
        .alias("purged once its removal is published")
        .until(() -> items.findById(removed).isEmpty());
    assertThat(items.findById(kept)).isPresent();
  }

  @Test
  void addingAndChangingAnItemIsAnnouncedWithBeforeAndAfterOfTheChangedFieldsOnly() {
    var request = api.openRequest(hanako);
    var item = api.added(hanako.token(), request.id(), "{\"name\":\"時計\",\"brand\":\"セイコー\"}");
    String id = item.get("id").asString();
    api.change(
        hanako.token(), id, 0, "{\"name\":\"時計\",\"brand\":\"シチズン\",\"condition\":\"used\"}");
    api.change(hanako.token(), id, 1, "{\"brand\":\"シチズン\"}");

    EventEnvelope created = events.await(id, "item.ItemCreated", 1).getFirst();
    assertThat(created.actorid()).isEqualTo(hanako.id());
    assertThat(created.actortype()).isEqualTo(ActorType.MEMBER);
    assertThat(created.data())
        .containsEntry("number", item.get("number").asString())
        .containsEntry("requestId", request.id())
        .containsEntry("memberId", hanako.id());
    assertThat(created.data().get("changes"))
        .isEqualTo(
            List.of(
                change("quantity", null, 1),
                change("name", null, "時計"),
                change("brand", null, "セイコー")));
    List<EventEnvelope> changed = events.all(id, Duration.ofSeconds(2));
    var changes = changed.stream().filter(e -> e.type().equals("item.ItemChanged")).toList();
    assertThat(changes).as("a change that changes nothing is not announced").hasSize(1);
    assertThat(changes.getFirst().data().get("changes"))
        .isEqualTo(List.of(change("brand", "セイコー", "シチズン"), change("condition", null, "used")));
  }

  @Test
  void aMemberSeesTheListingTitleButNoOtherStaffOnlyValue() {
    var request = api.openRequest(hanako);
    String id = api.added(hanako.token(), request.id(), "{\"name\":\"バッグ\"}").get("id").asString();
    var staffChange =
        api.staffChange(
            STAFF,
            id,
            0,
            "{\"title\":\"シャネル マトラッセ\",\"storageLocation\":\"棚A-3\",\"startPrice\":\"１２，０００\"}");
    assertThat(staffChange.statusCode()).isEqualTo(200);
    assertThat(json(staffChange).get("values").get("startPrice").asLong()).isEqualTo(12000);

    var seen = json(api.ownItem(hanako.token(), id));

    assertThat(keys(seen.get("values"))).containsExactlyInAnyOrder("name", "title");
    assertThat(seen.get("values").get("title").asString()).isEqualTo("シャネル マトラッセ");
    assertThat(json(api.item(STAFF, id)).get("values").get("storageLocation").asString())
        .isEqualTo("棚A-3");
  }
}
