package jp.azukari.member.privacy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.azukari.testsupport.TestHttp;

/** The privacy API as the two web faces call it, and what the ZIP holds. */
record PrivacyApi(TestHttp http) {

  static final byte[] JPEG = {
    (byte) 0xFF,
    (byte) 0xD8,
    (byte) 0xFF,
    (byte) 0xE0,
    0,
    16,
    'J',
    'F',
    'I',
    'F',
    ' ',
    'h',
    'a',
    'n',
    'a',
    'k',
    'o',
    (byte) 0xFF,
    (byte) 0xD9
  };

  HttpResponse<byte[]> ownExport(String token) {
    return bytes("/api/members/me/privacy-export", token);
  }

  HttpResponse<byte[]> exportOf(String memberId, String token) {
    return bytes("/api/members/" + memberId + "/privacy-export", token);
  }

  HttpResponse<String> erase(String memberId, Object version, String reason, String token) {
    return http.send(
        "POST",
        "/api/members/" + memberId + "/erasure",
        token,
        reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}",
        version == null ? Map.of() : Map.of("If-Match", "\"" + version + "\""));
  }

  HttpResponse<String> uploadJpeg(String token, String kind, String side) {
    String boundary = "privacy-test-boundary";
    var body = new ByteArrayOutputStream();
    try {
      for (var field : Map.of("kind", kind, "side", side).entrySet()) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + field.getKey()
                    + "\"\r\n\r\n"
                    + field.getValue()
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.jpg\"\r\n"
                  + "Content-Type: image/jpeg\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(JPEG);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return send(
        HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/members/me/documents"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The ZIP's entries by name, in their order. */
  static Map<String, byte[]> unzip(byte[] zip) {
    var entries = new LinkedHashMap<String, byte[]>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private HttpResponse<byte[]> bytes(String path, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.client().send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
