package jp.azukari.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parcel application's HTTP API, called exactly as a client calls it. */
record ParcelApi(String baseUrl, HttpClient client) {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  static ParcelApi on(int port) {
    return new ParcelApi("http://127.0.0.1:" + port, HttpClient.newHttpClient());
  }

  /** Staff receive a parcel and scan it {@code scans} times in the same write. */
  String receive(String label, int scans, String token, String correlationId) {
    return created(
        post(
            "/api/parcels",
            "{\"label\":\"" + label + "\",\"scans\":" + scans + "}",
            token,
            correlationId));
  }

  String dropOff(String label) {
    return created(
        post("/api/parcels/drop-off", "{\"label\":\"" + label + "\",\"scans\":0}", null, null));
  }

  void scan(String parcelId, String place, String token) {
    created(
        post("/api/parcels/" + parcelId + "/scans", "{\"place\":\"" + place + "\"}", token, null));
  }

  HttpResponse<String> post(String path, String json, String token, String correlationId) {
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (correlationId != null) {
      request.header("X-Correlation-Id", correlationId);
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

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    Matcher id = ID.matcher(response.body());
    assertThat(id.find()).as(response.body()).isTrue();
    return id.group(1);
  }
}
