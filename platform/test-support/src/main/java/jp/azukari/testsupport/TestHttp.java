package jp.azukari.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A plain HTTP client for service tests: requests exactly as a client would send them. */
public record TestHttp(String baseUrl, HttpClient client) {

  public static TestHttp on(int port) {
    return new TestHttp("http://127.0.0.1:" + port, HttpClient.newHttpClient());
  }

  public HttpResponse<String> get(String path, String token) {
    return send("GET", path, token, null, Map.of());
  }

  /** A download (a file, a ZIP): the answer's body as bytes. */
  public HttpResponse<byte[]> getBytes(String path, String token) {
    var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> postJson(String path, String json, String token) {
    return send("POST", path, token, json, Map.of());
  }

  /** Any method, with a JSON body where one is given, a bearer token where one is given. */
  public HttpResponse<String> send(
      String method, String path, String token, String json, Map<String, String> headers) {
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
    headers.forEach(request::header);
    return send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
