package jp.azukari.member.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import API as the admin console calls it. */
record ImportApi(TestHttp http) {

  static final JsonMapper JSON = JsonMapper.builder().build();

  HttpResponse<String> upload(String fileName, byte[] content, String query, String token) {
    String boundary = "----azukari" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    try {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      var request =
          HttpRequest.newBuilder(
                  URI.create(
                      http.baseUrl() + "/api/members/imports" + (query == null ? "" : "?" + query)))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Uploads as staff and returns the new import's id. */
  String start(String fileName, byte[] content, String query) {
    var response = upload(fileName, content, query, TestIssuer.staff());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return json(response).get("id").asString();
  }

  JsonNode awaitEnd(String id, Duration timeout) {
    var last = new JsonNode[1];
    await()
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              last[0] = json(http.get("/api/members/imports/" + id, TestIssuer.staff()));
              return !last[0].get("state").asString().equals("RUNNING");
            });
    return last[0];
  }

  JsonNode awaitEnd(String id) {
    return awaitEnd(id, Duration.ofSeconds(30));
  }

  HttpResponse<String> runForReal(String id) {
    return http.postJson("/api/members/imports/" + id + "/run", null, TestIssuer.staff());
  }

  JsonNode rows(String id, String query) {
    return json(http.get("/api/members/imports/" + id + "/rows?" + query, TestIssuer.staff()));
  }

  HttpResponse<String> report(String id) {
    return http.get("/api/members/imports/" + id + "/report", TestIssuer.staff());
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }
}
