package jp.azukari.workflow;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The requests API as the member web and the admin console call it. */
public record RequestsApi(TestHttp http) {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  /** A member nobody else uses: id and token. */
  public record Someone(String id, String token) {

    public static Someone newMember() {
      String id = "member-" + UUID.randomUUID();
      return new Someone(id, TestIssuer.member(id));
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  public static String body(Object value) {
    return JSON.writeValueAsString(value);
  }

  // --- member

  public HttpResponse<String> askForKits(Someone member, int kitCount, String note) {
    return http.postJson(
        "/api/requests/me",
        body(
            note == null
                ? Map.of("type", "KIT", "kitCount", kitCount)
                : Map.of("type", "KIT", "kitCount", kitCount, "note", note)),
        member.token());
  }

  public HttpResponse<String> ownRequests(Someone member) {
    return http.get("/api/requests/me", member.token());
  }

  public HttpResponse<String> ownRequest(Someone member, String id) {
    return http.get("/api/requests/me/" + id, member.token());
  }

  // --- staff

  public HttpResponse<String> start(String memberId, String type, String channel, Integer kits) {
    var input = new java.util.HashMap<String, Object>();
    input.put("memberId", memberId);
    input.put("type", type);
    input.put("channel", channel);
    input.put("kitCount", kits);
    input.put("note", "電話受付");
    return http.postJson("/api/requests", body(input), TestIssuer.staff());
  }

  /** A KIT request staff took on the phone for {@code memberId}; its RequestView. */
  public JsonNode kitRequestFor(String memberId) {
    var response = start(memberId, "KIT", "PHONE", 1);
    if (response.statusCode() != 201) {
      throw new AssertionError("Not started: " + response.body());
    }
    return json(response);
  }

  /** A walk-in request for {@code memberId}; its RequestView. */
  public JsonNode walkInFor(String memberId) {
    var response = start(memberId, "WALK_IN", "WALK_IN", null);
    if (response.statusCode() != 201) {
      throw new AssertionError("Not started: " + response.body());
    }
    return json(response);
  }

  public HttpResponse<String> detail(String id) {
    return http.get("/api/requests/" + id, TestIssuer.staff());
  }

  public JsonNode detailJson(String id) {
    return json(detail(id));
  }

  public long version(String id) {
    return detailJson(id).get("version").asLong();
  }

  public HttpResponse<String> move(String id, Object version, String to, String comment) {
    var input = new java.util.HashMap<String, Object>();
    input.put("to", to);
    input.put("comment", comment);
    return http.send(
        "POST",
        "/api/requests/" + id + "/transitions",
        TestIssuer.staff(),
        body(input),
        ifMatch(version));
  }

  /** Moves the request with the version it has now; fails the test if refused. */
  public JsonNode moveNow(String id, String to) {
    var response = move(id, version(id), to, null);
    if (response.statusCode() != 200) {
      throw new AssertionError("Not moved to " + to + ": " + response.body());
    }
    return json(response);
  }

  /** Moves the request through each status in turn. */
  public JsonNode moveThrough(String id, String... statuses) {
    JsonNode last = null;
    for (String status : statuses) {
      last = moveNow(id, status);
    }
    return last;
  }

  public HttpResponse<String> moveEach(List<String> ids, String to, String comment) {
    return http.postJson(
        "/api/requests/transitions",
        body(Map.of("requestIds", ids, "to", to, "comment", comment)),
        TestIssuer.staff());
  }

  public HttpResponse<String> hold(String id, Object version, String note) {
    return http.send(
        "PUT",
        "/api/requests/" + id + "/hold",
        TestIssuer.staff(),
        body(Map.of("note", note)),
        ifMatch(version));
  }

  public HttpResponse<String> release(String id, Object version) {
    return http.send(
        "DELETE", "/api/requests/" + id + "/hold", TestIssuer.staff(), null, ifMatch(version));
  }

  public HttpResponse<String> switchMemberMail(String id, Object version, boolean enabled) {
    return http.send(
        "PUT",
        "/api/requests/" + id + "/member-mail",
        TestIssuer.staff(),
        body(Map.of("enabled", enabled)),
        ifMatch(version));
  }

  public HttpResponse<String> retryMemberMail(String id) {
    return http.postJson("/api/requests/" + id + "/member-mail/retry", null, TestIssuer.staff());
  }

  public HttpResponse<String> list(String query) {
    return http.get("/api/requests" + (query.isEmpty() ? "" : "?" + query), TestIssuer.staff());
  }

  public HttpResponse<String> board(String query) {
    return http.get(
        "/api/requests/board" + (query.isEmpty() ? "" : "?" + query), TestIssuer.staff());
  }

  public HttpResponse<String> alerts() {
    return http.get("/api/requests/alerts", TestIssuer.staff());
  }

  // --- configuration

  public HttpResponse<String> types(String token) {
    return http.get("/api/requests/types", token);
  }

  public HttpResponse<String> type(String type) {
    return http.get("/api/requests/types/" + type, TestIssuer.staff());
  }

  public HttpResponse<String> configure(String type, Object version, String json, String token) {
    return http.send("PUT", "/api/requests/types/" + type, token, json, ifMatch(version));
  }

  static Map<String, String> ifMatch(Object version) {
    return version == null ? Map.of() : Map.of("If-Match", "\"" + version + "\"");
  }
}
