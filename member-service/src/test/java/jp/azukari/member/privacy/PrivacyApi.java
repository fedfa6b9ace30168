package jp.azukari.member.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.azukari.member.verification.DocumentsApi;
import jp.azukari.testsupport.Samples;
import jp.azukari.testsupport.TestHttp;

/** The privacy API as the two web faces call it, and what the ZIP holds. */
record PrivacyApi(TestHttp http) {

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
    return new DocumentsApi(http).upload(token, kind, side, Samples.JPEG);
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
    return http.getBytes(path, token);
  }
}
