package jp.azukari.inquiry.inbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The inbox API as the console, the member web and the public form call it. */
public record InboxApi(TestHttp http) {

  public static final JsonMapper JSON = JsonMapper.builder().build();
  public static final Duration WAIT = Duration.ofSeconds(30);

  /** A member nobody else uses. */
  public record Someone(String id, String token) {
    public static Someone newMember() {
      String id = "member-" + UUID.randomUUID();
      return new Someone(id, TestIssuer.member(id));
    }
  }

  public static String staffA() {
    return TestIssuer.user("staff-a", "佐藤 一郎", "staff").encode();
  }

  public static String staffB() {
    return TestIssuer.user("staff-b", "鈴木 二郎", "staff").encode();
  }

  public static String admin() {
    return TestIssuer.admin();
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  public static String body(Object value) {
    return JSON.writeValueAsString(value);
  }

  public static JsonNode ok(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(response.statusCode() + " " + response.body());
    }
    return json(response);
  }

  // --- member

  public HttpResponse<String> write(Someone member, String subject, String text) {
    return http.postJson(
        "/api/inquiries/me", body(Map.of("subject", subject, "text", text)), member.token());
  }

  /** A new inquiry the member wrote; its id. */
  public String inquiryOf(Someone member) {
    return ok(write(member, "キットについて", "キットがまだ届きません。")).get("id").asString();
  }

  // --- staff

  public JsonNode detail(String id, String token) {
    return ok(http.get("/api/inquiries/" + id, token));
  }

  public JsonNode peek(String id) {
    return ok(http.get("/api/inquiries/" + id + "?peek=true", staffA()));
  }

  public HttpResponse<String> lock(String id, String token) {
    return http.postJson("/api/inquiries/" + id + "/lock", null, token);
  }

  public HttpResponse<String> reply(
      String id, String token, long version, Map<String, Object> input) {
    return http.send(
        "POST",
        "/api/inquiries/" + id + "/replies",
        token,
        body(input),
        Map.of("If-Match", "\"" + version + "\""));
  }

  public HttpResponse<String> put(String path, String token, Object input, Long version) {
    return http.send(
        "PUT",
        path,
        token,
        body(input),
        version == null ? Map.of() : Map.of("If-Match", "\"" + version + "\""));
  }

  public static Map<String, Object> replyText(String text) {
    var input = new HashMap<String, Object>();
    input.put("text", text);
    return input;
  }

  // --- events

  public static JsonNode value(ConsumerRecord<String, String> record) {
    return JSON.readTree(record.value());
  }

  public static boolean is(ConsumerRecord<String, String> record, String type, String subject) {
    JsonNode event = value(record);
    return event.get("type").asString().equals(type)
        && event.get("subject").asString().equals(subject);
  }

  public static List<ConsumerRecord<String, String>> await(
      EventsProbe probe, String type, String subject, int count) {
    return probe.awaitRecords(r -> is(r, type, subject), count, WAIT);
  }
}
