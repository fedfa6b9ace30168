package jp.azukari.member.merge;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import jp.azukari.member.changerequest.ChangesApi;
import jp.azukari.member.changerequest.ChangesApi.Someone;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** The merge API and the few member calls a merge test needs to set its records up. */
record MergeApi(TestHttp http, ChangesApi changes) {

  static final String PDF_BODY = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n";

  static MergeApi on(int port, MongoTemplate mongo) {
    TestHttp http = TestHttp.on(port);
    return new MergeApi(http, new ChangesApi(http, mongo));
  }

  HttpResponse<String> preview(String survivorId, String duplicateId, String token) {
    return http.get(
        "/api/members/" + survivorId + "/merge-preview?duplicateId=" + duplicateId, token);
  }

  HttpResponse<String> merge(
      String survivorId, Object survivorVersion, String duplicateId, long duplicateVersion) {
    return merge(survivorId, survivorVersion, duplicateId, duplicateVersion, TestIssuer.staff());
  }

  HttpResponse<String> merge(
      String survivorId,
      Object survivorVersion,
      String duplicateId,
      long duplicateVersion,
      String token) {
    Map<String, String> headers = new HashMap<>();
    if (survivorVersion != null) {
      headers.put("If-Match", "\"" + survivorVersion + "\"");
    }
    return http.send(
        "POST",
        "/api/members/" + survivorId + "/merge",
        token,
        "{\"duplicateId\":\""
            + duplicateId
            + "\",\"expectedDuplicateVersion\":"
            + duplicateVersion
            + "}",
        headers);
  }

  JsonNode staffView(String memberId) {
    return ChangesApi.json(changes.staffView(memberId));
  }

  long version(String memberId) {
    return staffView(memberId).get("version").asLong();
  }

  HttpResponse<String> documentsOf(String memberId) {
    return http.get("/api/members/" + memberId + "/documents", TestIssuer.staff());
  }

  /** Uploads a one-page PDF as the front of the member's driving licence; returns its id. */
  String uploadDocument(Someone who) throws Exception {
    String boundary = "merge-test-boundary";
    var body = new ByteArrayOutputStream();
    for (String[] field : new String[][] {{"kind", "DRIVING_LICENCE"}, {"side", "FRONT"}}) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field[0]
                  + "\"\r\n\r\n"
                  + field[1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"licence.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n"
                + PDF_BODY
                + "\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8));
    var response =
        http.client()
            .send(
                HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/members/me/documents"))
                    .header("Authorization", "Bearer " + who.token())
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201 && response.statusCode() != 200) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    return ChangesApi.json(response).get("id").asString();
  }
}
