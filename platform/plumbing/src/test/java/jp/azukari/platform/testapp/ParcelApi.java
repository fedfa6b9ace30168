package jp.azukari.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.azukari.testsupport.TestHttp;

/** The parcel application's HTTP API, called exactly as a client calls it. */
record ParcelApi(TestHttp http) {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  static ParcelApi on(int port) {
    return new ParcelApi(TestHttp.on(port));
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
    return http.send(
        "POST",
        path,
        token,
        json,
        correlationId == null ? Map.of() : Map.of("X-Correlation-Id", correlationId));
  }

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    Matcher id = ID.matcher(response.body());
    assertThat(id.find()).as(response.body()).isTrue();
    return id.group(1);
  }
}
