package jp.azukari.audit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff search the audit log by each criterion, newest first, page by page with a cursor. */
@ServiceTest
class RecordSearchTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Duration WAIT = Duration.ofSeconds(30);
  static final Instant DAY = Instant.parse("2025-04-01T00:00:00Z");

  @LocalServerPort int port;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired org.springframework.data.mongodb.core.MongoTemplate mongo;
  @Autowired LegacyRecords legacy;

  AuditApi api;
  RawEvents publisher;
  String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void setUp() {
    api = AuditApi.on(port);
    publisher = new RawEvents(String.join(",", kafka.getBootstrapServers()));
  }

  @AfterEach
  void tearDown() {
    publisher.close();
  }

  static EventEnvelope event(
      String type,
      String subject,
      Instant time,
      String actorId,
      String actorName,
      Map<String, Object> data) {
    return new EventEnvelope(
        "1.0",
        UUID.randomUUID().toString(),
        "/" + type.substring(0, type.indexOf('.')) + "-service",
        type,
        time,
        subject,
        "application/json",
        actorId,
        actorId.startsWith("member") ? ActorType.MEMBER : ActorType.STAFF,
        actorName,
        "corr-" + UUID.randomUUID(),
        data);
  }

  static Map<String, Object> change(String field, String before, String after) {
    return Map.of("changes", List.of(Map.of("field", field, "before", before, "after", after)));
  }

  JsonNode search(String query) {
    var response = api.get("/api/audit/records?" + query, TestIssuer.staff());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  List<String> ids(JsonNode page) {
    var ids = new ArrayList<String>();
    page.get("content").forEach(r -> ids.add(r.get("eventId").asString()));
    return ids;
  }

  void publishAndAwait(String topic, List<EventEnvelope> events) {
    events.forEach(e -> publisher.send(topic, e));
    for (var e : events) {
      await()
          .atMost(WAIT)
          .until(
              () ->
                  api.get("/api/audit/records/" + e.id(), TestIssuer.staff()).statusCode() == 200);
    }
  }

  static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void findsAnEntitysWholeHistoryNewestFirstWithEachChangesBeforeAndAfter() {
    String member = "member-" + run;
    var registered =
        event(
            "member.RegistrationStarted",
            member,
            DAY,
            "member-service",
            "member-service",
            Map.of());
    var changed =
        event(
            "member.ProfileChanged",
            member,
            DAY.plusSeconds(60),
            member,
            "山田 花子",
            change("address", "東京都", "大阪府"));
    var otherMember =
        event(
            "member.ProfileChanged",
            "member-other-" + run,
            DAY.plusSeconds(90),
            member,
            "山田 花子",
            Map.of());
    var request =
        event("workflow.RequestCreated", member, DAY.plusSeconds(120), member, "山田 花子", Map.of());
    publishAndAwait(Topics.MEMBER, List.of(registered, changed, otherMember));
    publishAndAwait(Topics.WORKFLOW, List.of(request));

    JsonNode page = search("entityType=member&entityId=" + member);

    assertThat(ids(page)).containsExactly(changed.id(), registered.id());
    assertThat(page.get("next").isNull()).isTrue();
    JsonNode newest = page.get("content").get(0);
    assertThat(newest.get("type").asString()).isEqualTo("member.ProfileChanged");
    assertThat(newest.get("action").asString()).isEqualTo("ProfileChanged");
    assertThat(newest.get("service").asString()).isEqualTo("member");
    assertThat(newest.get("entityType").asString()).isEqualTo("member");
    assertThat(newest.get("entityId").asString()).isEqualTo(member);
    assertThat(newest.get("actor").get("id").asString()).isEqualTo(member);
    assertThat(newest.get("actor").get("type").asString()).isEqualTo("member");
    assertThat(newest.get("actor").get("name").asString()).isEqualTo("山田 花子");
    assertThat(newest.get("changes").get(0).get("field").asString()).isEqualTo("address");
    assertThat(newest.get("changes").get(0).get("before").asString()).isEqualTo("東京都");
    assertThat(newest.get("changes").get(0).get("after").asString()).isEqualTo("大阪府");
    assertThat(newest.get("chain").get("hash").asString()).hasSize(64);
    assertThat(ids(search("entityType=request&entityId=" + member))).containsExactly(request.id());
    assertThat(ids(search("entityId=" + member)))
        .containsExactly(request.id(), changed.id(), registered.id());
  }

  @Test
  void findsWhatOnePersonDidByIdOrByTheStartOfTheirName() {
    String staffId = "staff-" + run;
    String name = "検索 " + run;
    var one = event("item.ItemChanged", "item-" + run, DAY, staffId, name, Map.of());
    var two =
        event(
            "member.ProfileChanged", "member-" + run, DAY.plusSeconds(1), staffId, name, Map.of());
    var someoneElse =
        event(
            "member.ProfileChanged",
            "member-" + run,
            DAY.plusSeconds(2),
            "staff-x",
            "別人",
            Map.of());
    publishAndAwait(Topics.MEMBER, List.of(two, someoneElse));
    publishAndAwait(Topics.ITEM, List.of(one));

    assertThat(ids(search("actorId=" + staffId))).containsExactly(two.id(), one.id());
    assertThat(ids(search("actor=" + encoded("検索 " + run.substring(0, 4)))))
        .containsExactly(two.id(), one.id());
    assertThat(ids(search("actor=" + encoded(run))))
        .as("the start of the name, not any part")
        .isEmpty();
  }

  @Test
  void findsByActionWithinAPeriod() {
    String action = "Tested" + run.replace("-", "");
    var before =
        event("item." + action, "item-" + run, DAY.minusSeconds(1), "staff-1", "佐藤", Map.of());
    var start = event("item." + action, "item-" + run, DAY, "staff-1", "佐藤", Map.of());
    var inside =
        event("item." + action, "item-" + run, DAY.plusSeconds(3599), "staff-1", "佐藤", Map.of());
    var end =
        event("item." + action, "item-" + run, DAY.plusSeconds(3600), "staff-1", "佐藤", Map.of());
    var otherAction =
        event("item.Other" + action, "item-" + run, DAY.plusSeconds(10), "staff-1", "佐藤", Map.of());
    publishAndAwait(Topics.ITEM, List.of(before, start, inside, end, otherAction));

    assertThat(ids(search("action=" + action)))
        .containsExactly(end.id(), inside.id(), start.id(), before.id());
    assertThat(ids(search("action=" + action + "&from=" + DAY + "&to=" + DAY.plusSeconds(3600))))
        .as("from inclusive, to exclusive")
        .containsExactly(inside.id(), start.id());
  }

  @Test
  void findsTextAnywhereInTheValuesWhateverItsCaseOrWidth() {
    String word = "Shelf" + run;
    var moved =
        event(
            "item.ItemChanged",
            "item-" + run,
            DAY,
            "staff-1",
            "佐藤",
            change("storageLocation", "棚 A-1", word + " 倉庫"));
    var exported =
        event(
            "item.ItemsExported",
            "export-" + run,
            DAY.plusSeconds(5),
            "staff-1",
            "佐藤",
            Map.of("note", "ｓｈｅｌｆ" + run));
    var unrelated =
        event(
            "item.ItemChanged",
            "item-" + run,
            DAY.plusSeconds(9),
            "staff-1",
            "佐藤",
            Map.of("x", "y"));
    publishAndAwait(Topics.ITEM, List.of(moved, exported, unrelated));

    assertThat(ids(search("q=" + encoded(word.toUpperCase()))))
        .containsExactly(exported.id(), moved.id());
    assertThat(ids(search("q=" + encoded(run + " 倉庫")))).containsExactly(moved.id());
    assertThat(ids(search("q=" + encoded(".*")))).as("q is text, not a pattern").isEmpty();
  }

  @Test
  void pagesThroughAHistoryWithACursorWithoutLosingOrRepeatingARecord() {
    String item = "item-" + run;
    var events = new ArrayList<EventEnvelope>();
    for (int i = 0; i < 7; i++) {
      // Two records at each time: the event id orders them.
      events.add(
          event("item.ItemChanged", item, DAY.plusSeconds(i / 2), "staff-1", "佐藤", Map.of()));
    }
    publishAndAwait(Topics.ITEM, events);
    List<String> all = ids(search("entityId=" + item + "&size=50"));
    assertThat(all).hasSize(7);

    var walked = new ArrayList<String>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          search("entityId=" + item + "&size=3" + (cursor == null ? "" : "&cursor=" + cursor));
      walked.addAll(ids(page));
      cursor = page.get("next").isNull() ? null : page.get("next").asString();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(walked).isEqualTo(all);
  }

  @Test
  void readsOneRecordAndAnswers404ForAnUnknownOne() {
    var one = event("item.ItemChanged", "item-" + run, DAY, "staff-1", "佐藤", Map.of());
    publishAndAwait(Topics.ITEM, List.of(one));

    var response = api.get("/api/audit/records/" + one.id(), TestIssuer.staff());
    assertThat(JSON.readTree(response.body()).get("eventId").asString()).isEqualTo(one.id());
    HttpResponse<String> unknown = api.get("/api/audit/records/nothing-" + run, TestIssuer.staff());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("record-unknown");
  }

  @Test
  void refusesACursorItDidNotGiveAndAPeriodThatEndsBeforeItStarts() {
    for (String query :
        List.of(
            "cursor=bm9wZQ",
            "cursor=%25%25",
            "from=" + DAY + "&to=" + DAY,
            "from=yesterday",
            "size=500")) {
      var response = api.get("/api/audit/records?" + query, TestIssuer.staff());
      assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
  }

  @Test
  void findsRecordsFromBeforeTheSearchOnceTheirFieldsAreCompleted() {
    String id = UUID.randomUUID().toString();
    String member = "member-legacy-" + run;
    mongo
        .getCollection("audit_records")
        .insertOne(
            new org.bson.Document("_id", id)
                .append("type", "member.ProfileChanged")
                .append("subject", member)
                .append("time", java.util.Date.from(DAY))
                .append("actorId", "staff-1")
                .append("actorName", "佐藤 一郎")
                .append(
                    "data",
                    new org.bson.Document(
                        "changes",
                        List.of(
                            new org.bson.Document("field", "city")
                                .append("before", "札幌" + run)
                                .append("after", "函館"))))
                .append("topic", Topics.MEMBER)
                .append("partition", 0)
                .append("offset", 1L));
    assertThat(ids(search("entityType=member&entityId=" + member))).isEmpty();

    legacy.complete();

    assertThat(ids(search("entityType=member&entityId=" + member))).containsExactly(id);
    assertThat(ids(search("action=ProfileChanged&q=" + encoded("札幌" + run)))).containsExactly(id);
    var record = search("entityId=" + member).get("content").get(0);
    assertThat(record.get("changes").get(0).get("before").asString()).isEqualTo("札幌" + run);
    assertThat(record.get("chain").isNull()).isTrue();
  }

  @Test
  void aMemberMaySearchNothing() {
    assertThat(api.get("/api/audit/records?entityId=x", TestIssuer.member("member-1")).statusCode())
        .isEqualTo(403);
    assertThat(api.get("/api/audit/records/x", TestIssuer.member("member-1")).statusCode())
        .isEqualTo(403);
  }
}
