package jp.azukari.audit.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The audit log's HTTP API, called exactly as the admin console calls it. */
record AuditApi(String baseUrl, HttpClient client) {

  static AuditApi on(int port) {
    return new AuditApi("http://127.0.0.1:" + port, HttpClient.newHttpClient());
  }

  HttpResponse<String> get(String path, String token) {
    return send("GET", path, token, null);
  }

  /** Any method, with a JSON body for those that take one. */
  HttpResponse<String> send(String method, String path, String token, String json) {
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
