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
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every record keeps where its request came from; once a member's personal data is erased, the
 * audit log no longer shows it (not in a record, a search or an export) while who, what and when
 * stay and the hash chain still verifies.
 */
@ServiceTest
class PersonalDataErasureTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Duration WAIT = Duration.ofSeconds(30);
  static final Instant DAY = Instant.parse("2026-06-01T00:00:00Z");

  @LocalServerPort int port;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired MongoTemplate mongo;

  AuditApi api;
  RawEvents publisher;
  String run = UUID.randomUUID().toString().substring(0, 8);
  String member = "member-" + run;
  String otherMember = "member-other-" + run;

  @BeforeEach
  void setUp() {
    api = AuditApi.on(port);
    publisher = new RawEvents(String.join(",", kafka.getBootstrapServers()));
  }

  @AfterEach
  void tearDown() {
    publisher.close();
  }

  String newTopic() throws Exception {
    String topic = "erasure-" + run + ".events";
    try (var admin =
        AdminClient.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers())))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    return topic;
  }

  static EventEnvelope event(
      String type,
      String subject,
      Instant time,
      String actorId,
      ActorType actorType,
      String actorName,
      Map<String, Object> data,
      String clientAddress) {
    return new EventEnvelope(
        "1.0",
        UUID.randomUUID().toString(),
        "/member-service",
        type,
        time,
        subject,
        "application/json",
        actorId,
        actorType,
        actorName,
        "corr-" + UUID.randomUUID(),
        data,
        clientAddress);
  }

  JsonNode get(String path) {
    HttpResponse<String> response = api.get(path, TestIssuer.staff());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
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

  static List<String> ids(JsonNode page) {
    var ids = new ArrayList<String>();
    page.get("content").forEach(r -> ids.add(r.get("eventId").asString()));
    return ids;
  }

  static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void keepsTheClientAddressOfTheRequestThatCausedTheEvent() throws Exception {
    var byStaff =
        event(
            "member.ProfileChanged",
            member,
            DAY,
            "staff-1",
            ActorType.STAFF,
            "佐藤 一郎",
            Map.of(),
            "203.0.113.9");
    var bySystem =
        event(
            "member.AccountStatusChanged",
            member,
            DAY.plusSeconds(1),
            "member-service",
            ActorType.SYSTEM,
            "member-service",
            Map.of(),
            null);
    publishAndAwait(newTopic(), List.of(byStaff, bySystem));

    assertThat(get("/api/audit/records/" + byStaff.id()).get("clientAddress").asString())
        .isEqualTo("203.0.113.9");
    JsonNode system = get("/api/audit/records/" + bySystem.id());
    assertThat(system.get("clientAddress") == null || system.get("clientAddress").isNull())
        .isTrue();
    AuditRecord stored = mongo.findById(byStaff.id(), AuditRecord.class);
    assertThat(stored.clientAddress()).isEqualTo("203.0.113.9");
  }

  @Test
  void erasureRemovesTheMembersValuesFromRecordsSearchAndExportButKeepsWhoWhatWhenAndTheChain()
      throws Exception {
    String topic = newTopic();
    String address = "港区芝公園" + run;
    String phone = "090-" + run;
    var ownChange =
        event(
            "member.ProfileChanged",
            member,
            DAY,
            member,
            ActorType.MEMBER,
            "山田 花子" + run,
            Map.of(
                "memberId",
                member,
                "changes",
                List.of(Map.of("field", "address", "before", "大阪府", "after", address))),
            "198.51.100.4");
    var staffChange =
        event(
            "member.ProfileChanged",
            member,
            DAY.plusSeconds(60),
            "staff-1",
            ActorType.STAFF,
            "佐藤 一郎",
            Map.of(
                "memberId",
                member,
                "changes",
                List.of(Map.of("field", "phone", "before", phone, "after", "080-0000-0000"))),
            "203.0.113.9");
    var othersChange =
        event(
            "member.ProfileChanged",
            otherMember,
            DAY.plusSeconds(90),
            "staff-1",
            ActorType.STAFF,
            "佐藤 一郎",
            Map.of("changes", List.of(Map.of("field", "address", "before", "", "after", address))),
            "203.0.113.9");
    var erased =
        event(
            "member.PersonalDataErased",
            member,
            DAY.plusSeconds(120),
            "admin-1",
            ActorType.STAFF,
            "管理 者",
            Map.of(
                "memberId",
                member,
                "erasedFields",
                List.of("familyName", "address", "phone"),
                "reason",
                "本人の請求"),
            "203.0.113.10");
    publishAndAwait(topic, List.of(ownChange, staffChange, othersChange, erased));

    await()
        .atMost(WAIT)
        .until(() -> !get("/api/audit/records/" + ownChange.id()).path("erased").isMissingNode());
    JsonNode own = get("/api/audit/records/" + ownChange.id());
    assertThat(own.get("erased").get("at").asString()).isEqualTo("2026-06-01T00:02:00Z");
    assertThat(own.get("type").asString()).isEqualTo("member.ProfileChanged");
    assertThat(own.get("time").asString()).isEqualTo("2026-06-01T00:00:00Z");
    assertThat(own.get("actor").get("id").asString()).isEqualTo(member);
    assertThat(own.get("actor").get("type").asString()).isEqualTo("member");
    assertThat(own.get("changes").get(0).get("field").asString()).isEqualTo("address");
    assertThat(own.toString())
        .doesNotContain(address)
        .doesNotContain("大阪府")
        .doesNotContain("山田 花子" + run);
    JsonNode byStaff = get("/api/audit/records/" + staffChange.id());
    assertThat(byStaff.toString()).doesNotContain(phone);
    assertThat(byStaff.get("actor").get("name").asString()).isEqualTo("佐藤 一郎");
    assertThat(byStaff.get("changes").get(0).get("field").asString()).isEqualTo("phone");
    JsonNode erasureRecord = get("/api/audit/records/" + erased.id());
    assertThat(erasureRecord.path("erased").isMissingNode() || erasureRecord.get("erased").isNull())
        .isTrue();
    assertThat(erasureRecord.get("data").get("reason").asString()).isEqualTo("本人の請求");

    assertThat(ids(get("/api/audit/records?q=" + encoded(address))))
        .containsExactly(othersChange.id());
    assertThat(ids(get("/api/audit/records?q=" + encoded(phone)))).isEmpty();
    assertThat(ids(get("/api/audit/records?actor=" + encoded("山田 花子" + run)))).isEmpty();
    assertThat(ids(get("/api/audit/records?entityType=member&entityId=" + member)))
        .containsExactly(erased.id(), staffChange.id(), ownChange.id());

    String csv = exportCsv(member);
    assertThat(csv)
        .contains(ownChange.id())
        .contains(staffChange.id())
        .doesNotContain(address)
        .doesNotContain(phone)
        .doesNotContain("山田 花子" + run);

    assertThat(brokenLinkOf(verify(), topic)).isNull();
  }

  @Test
  void aValueChangedBehindTheServicesBackInASealedRecordIsStillReported() throws Exception {
    String topic = newTopic();
    var change =
        event(
            "member.ProfileChanged",
            member,
            DAY,
            member,
            ActorType.MEMBER,
            "山田 花子",
            Map.of("changes", List.of(Map.of("field", "phone", "before", "1", "after", "2"))),
            "198.51.100.4");
    publishAndAwait(topic, List.of(change));

    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(change.id())),
        new Update().set("data.changes.0.after", "3"),
        AuditRecord.class);

    JsonNode link = brokenLinkOf(verify(), topic);
    assertThat(link).isNotNull();
    assertThat(link.get("reason").asString()).isEqualTo("content-changed");
  }

  @Test
  void aRecordStrippedOfItsSealIsReportedAlthoughMarkedErased() throws Exception {
    String topic = newTopic();
    var first =
        event(
            "member.ProfileChanged",
            member,
            DAY,
            "staff-1",
            ActorType.STAFF,
            "佐藤 一郎",
            Map.of(),
            null);
    var second =
        event(
            "member.ProfileChanged",
            member,
            DAY.plusSeconds(1),
            "staff-1",
            ActorType.STAFF,
            "佐藤 一郎",
            Map.of(),
            null);
    publishAndAwait(topic, List.of(first, second));

    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(second.id())),
        new Update()
            .unset("seal")
            .set("actorId", "someone-else")
            .set("erasure", new AuditRecord.Erasure("forged", DAY, List.of())),
        AuditRecord.class);

    JsonNode link = brokenLinkOf(verify(), topic);
    assertThat(link).isNotNull();
    assertThat(link.get("eventId").asString()).isEqualTo(second.id());
  }

  String exportCsv(String entityId) {
    String request =
        "{\"filter\":{\"entityType\":\"member\",\"entityId\":\""
            + entityId
            + "\"},\"format\":\"CSV\"}";
    var started = api.send("POST", "/api/audit/exports", TestIssuer.staff(), request);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = JSON.readTree(started.body()).get("id").asString();
    await()
        .atMost(WAIT)
        .until(() -> "DONE".equals(get("/api/audit/exports/" + id).get("state").asString()));
    var file = TestHttp.on(port).getBytes("/api/audit/exports/" + id + "/file", TestIssuer.staff());
    assertThat(file.statusCode()).isEqualTo(200);
    return new String(file.body(), StandardCharsets.UTF_8);
  }

  JsonNode verify() {
    var started = api.send("POST", "/api/audit/verifications", TestIssuer.admin(), "{}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = JSON.readTree(started.body()).get("id").asString();
    await()
        .atMost(WAIT)
        .until(
            () ->
                "DONE"
                    .equals(
                        JSON.readTree(
                                api.get("/api/audit/verifications/" + id, TestIssuer.admin())
                                    .body())
                            .get("state")
                            .asString()));
    return JSON.readTree(api.get("/api/audit/verifications/" + id, TestIssuer.admin()).body());
  }

  static JsonNode brokenLinkOf(JsonNode verification, String topic) {
    for (JsonNode link : verification.get("broken")) {
      if (link.get("stream").asString().equals(topic + "-0")) {
        return link;
      }
    }
    return null;
  }
}
