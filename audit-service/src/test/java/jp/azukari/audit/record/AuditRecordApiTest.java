package jp.azukari.audit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

/**
 * Staff read the audit log through the API, newest first; nobody else reads it, and nobody can
 * change or delete a record through it.
 */
@ServiceTest
class AuditRecordApiTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Instant MORNING = Instant.parse("2026-11-20T00:00:00Z");

  @LocalServerPort int port;
  @Autowired KafkaConnectionDetails kafka;

  AuditApi api;
  RawEvents publisher;

  @BeforeEach
  void setUp() {
    api = AuditApi.on(port);
    publisher = new RawEvents(String.join(",", kafka.getBootstrapServers()));
  }

  @AfterEach
  void tearDown() {
    publisher.close();
  }

  static String records(String subject) {
    return "/api/audit/records?entityType=member&entityId=" + subject;
  }

  JsonNode awaitRecords(String subject, int count) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                body(api.get(records(subject), TestIssuer.staff())).get("content").size() >= count);
    return body(api.get(records(subject), TestIssuer.staff()));
  }

  static JsonNode body(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static void assertProblem(HttpResponse<String> response, int... statuses) {
    assertThat(response.statusCode()).as(response.body()).isIn(box(statuses));
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at jp.azukari");
  }

  static List<Integer> box(int... values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }

  /** Three events about one member, published out of order. */
  List<EventEnvelope> historyOf(String subject) {
    var registered =
        new EventEnvelope(
            "1.0",
            UUID.randomUUID().toString(),
            "/member-service",
            "member.RegistrationStarted",
            MORNING,
            subject,
            "application/json",
            "member-service",
            ActorType.SYSTEM,
            "member-service",
            "c-1",
            java.util.Map.of("email", "t***@example.com"));
    var profileChanged =
        new EventEnvelope(
            "1.0",
            UUID.randomUUID().toString(),
            "/member-service",
            "member.ProfileChanged",
            MORNING.plusSeconds(3600),
            subject,
            "application/json",
            subject,
            ActorType.MEMBER,
            "山田 花子",
            "c-2",
            java.util.Map.of("field", "address"));
    var verified =
        new EventEnvelope(
            "1.0",
            UUID.randomUUID().toString(),
            "/member-service",
            "member.IdentityVerified",
            MORNING.plusSeconds(7200),
            subject,
            "application/json",
            "staff-1",
            ActorType.STAFF,
            "佐藤 一郎",
            "c-3",
            java.util.Map.of("documentType", "DRIVING_LICENCE"));
    publisher.send(Topics.MEMBER, profileChanged);
    publisher.send(Topics.MEMBER, verified);
    publisher.send(Topics.MEMBER, registered);
    return List.of(registered, profileChanged, verified);
  }

  @Test
  void staffReadAnEntitysRecordsNewestFirstWithWhoAndWhen() {
    String subject = "member-" + UUID.randomUUID();
    var history = historyOf(subject);

    JsonNode page = awaitRecords(subject, 3);

    assertThat(page.get("next").isNull()).isTrue();
    JsonNode found = page.get("content");
    assertThat(found.size()).isEqualTo(3);
    assertThat(List.of(found.get(0), found.get(1), found.get(2)))
        .extracting(r -> r.get("eventId").asString())
        .containsExactly(history.get(2).id(), history.get(1).id(), history.get(0).id());
    JsonNode newest = found.get(0);
    assertThat(newest.get("type").asString()).isEqualTo("member.IdentityVerified");
    assertThat(newest.get("time").asString()).isEqualTo("2026-11-20T02:00:00Z");
    assertThat(newest.get("actor").get("id").asString()).isEqualTo("staff-1");
    assertThat(newest.get("actor").get("type").asString()).isEqualTo("staff");
    assertThat(newest.get("actor").get("name").asString()).isEqualTo("佐藤 一郎");
    assertThat(found.get(1).get("actor").get("type").asString()).isEqualTo("member");
    assertThat(found.get(2).get("actor").get("type").asString()).isEqualTo("system");
  }

  @Test
  void pagesThroughALongHistory() {
    String subject = "member-" + UUID.randomUUID();
    var history = historyOf(subject);
    awaitRecords(subject, 3);

    JsonNode first = body(api.get(records(subject) + "&size=2", TestIssuer.staff()));
    String next = first.get("next").asString();
    JsonNode second =
        body(api.get(records(subject) + "&size=2&cursor=" + next, TestIssuer.staff()));

    assertThat(first.get("content").size()).isEqualTo(2);
    assertThat(second.get("next").isNull()).isTrue();
    assertThat(second.get("content").size()).isEqualTo(1);
    assertThat(second.get("content").get(0).get("eventId").asString())
        .isEqualTo(history.get(0).id());
  }

  @Test
  void theFirstFormOfTheSearchIsGone() {
    String subject = "member-" + UUID.randomUUID();
    historyOf(subject);
    awaitRecords(subject, 3);

    JsonNode answer =
        body(api.get("/api/audit/records?subject=" + subject + "&page=0", TestIssuer.staff()));

    assertThat(answer.has("records")).isFalse();
    assertThat(answer.has("total")).isFalse();
    assertThat(answer.has("content")).isTrue();
  }

  @Test
  void aMemberMayNotReadTheAuditLog() {
    var response = api.get(records("member-1"), TestIssuer.member("member-1"));

    assertProblem(response, 403);
  }

  @Test
  void readingWithoutATokenIsRefused() {
    var response = api.get(records("member-1"), null);

    assertProblem(response, 401);
  }

  @Test
  void badPagingIsRefusedWithProblemDetails() {
    for (String paging : List.of("size=0", "size=201", "size=abc", "cursor=AAAA")) {
      var response = api.get("/api/audit/records?" + paging, TestIssuer.staff());

      assertProblem(response, 400);
    }
  }

  @Test
  void noHttpMethodChangesOrDeletesARecord() {
    String subject = "member-" + UUID.randomUUID();
    historyOf(subject);
    JsonNode before = awaitRecords(subject, 3);
    String eventId = before.get("content").get(0).get("eventId").asString();
    String forged = "{\"actorId\":\"someone-else\",\"type\":\"member.Nothing\"}";

    for (String token : List.of(TestIssuer.staff(), TestIssuer.admin())) {
      for (String method : List.of("PUT", "PATCH", "DELETE")) {
        assertProblem(api.send(method, "/api/audit/records/" + eventId, token, forged), 404, 405);
        assertProblem(api.send(method, "/api/audit/records", token, forged), 405);
      }
      assertProblem(api.send("POST", "/api/audit/records", token, forged), 405);
      assertProblem(api.send("POST", "/api/audit/records/" + eventId, token, forged), 404, 405);
    }

    assertThat(body(api.get(records(subject), TestIssuer.staff()))).isEqualTo(before);
  }
}
