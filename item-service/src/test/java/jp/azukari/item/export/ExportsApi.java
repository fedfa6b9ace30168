package jp.azukari.item.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The export API as the admin console calls it; also used by the ledger's tests. */
public record ExportsApi(TestHttp http) {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  public static String toJson(Object value) {
    return JSON.writeValueAsString(value);
  }

  HttpResponse<String> start(Object body, String token) {
    return http.postJson("/api/items/exports", toJson(body), token);
  }

  /** Starts an export as staff and returns its id. */
  String start(Object body) {
    var response = start(body, TestIssuer.staff());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return json(response).get("id").asString();
  }

  HttpResponse<String> putProfile(String id, Object body, String ifMatch, String token) {
    return http.send(
        "PUT",
        "/api/items/export-profiles/" + id,
        token,
        toJson(body),
        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  /** Polls an export (under {@code path}) until it is no longer RUNNING. */
  public static JsonNode awaitEnd(TestHttp http, String path, String token) {
    var last = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              var response = http.get(path, token);
              assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
              last[0] = json(response);
              return !last[0].get("state").asString().equals("RUNNING");
            });
    return last[0];
  }

  JsonNode awaitEnd(String id) {
    return awaitEnd(http, "/api/items/exports/" + id, TestIssuer.staff());
  }

  HttpResponse<byte[]> file(String id) {
    return http.getBytes("/api/items/exports/" + id + "/file", TestIssuer.staff());
  }
}
