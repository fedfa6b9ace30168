package jp.azukari.member.verification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The documents and verification API as the member web and the admin console call it. */
public record DocumentsApi(TestHttp http) {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static final String PROFILE =
      """
      {"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
       "birthDate":"1990-04-01","phone":"09012345678",
       "address":{"postalCode":"100-0001","prefecture":"東京都","city":"千代田区",
                  "line1":"千代田1-1"},
       "occupation":"会社員"}
      """;

  static final String ACCOUNT =
      """
      {"bankName":"みずほ銀行","branchName":"渋谷支店","accountType":"ORDINARY",
       "accountNumber":"7654321","holderKana":"ﾔﾏﾀﾞ ﾊﾅｺ"}
      """;

  static final String VERIFIER =
      TestIssuer.user("verifier-1", "鈴木 次郎", "staff", "kyc-verifier").encode();

  /** A member nobody else uses: id and token. */
  record Someone(String id, String token) {
    static Someone newMember() {
      String id = "member-" + UUID.randomUUID();
      return new Someone(id, TestIssuer.member(id));
    }
  }

  /** One multipart part; a file part has a file name and a declared content type. */
  record Part(String name, String filename, String contentType, byte[] content) {
    static Part field(String name, String value) {
      return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }

    static Part file(String filename, String contentType, byte[] content) {
      return new Part("file", filename, contentType, content);
    }
  }

  static final String BOUNDARY = "azukari-test-boundary-7MA4YWxkTrZu0gW";

  static byte[] multipart(Part... parts) {
    var out = new ByteArrayOutputStream();
    try {
      for (Part part : parts) {
        out.write(("--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.UTF_8));
        String disposition = "Content-Disposition: form-data; name=\"" + part.name() + "\"";
        if (part.filename() != null) {
          disposition += "; filename=\"" + part.filename() + "\"";
        }
        out.write((disposition + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (part.contentType() != null) {
          out.write(
              ("Content-Type: " + part.contentType() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        out.write(part.content());
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  HttpResponse<String> upload(String token, String kind, String side, Part file) {
    return postMultipart(
        token, multipart(Part.field("kind", kind), Part.field("side", side), file));
  }

  public HttpResponse<String> upload(String token, String kind, String side, byte[] content) {
    return upload(token, kind, side, Part.file("photo.jpg", "image/jpeg", content));
  }

  HttpResponse<String> postMultipart(String token, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/members/me/documents"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> ownDocuments(String token) {
    return http.get("/api/members/me/documents", token);
  }

  HttpResponse<byte[]> ownContent(String token, String documentId) {
    return bytes("/api/members/me/documents/" + documentId + "/content", token);
  }

  HttpResponse<String> documentsOf(String memberId, String token) {
    return http.get("/api/members/" + memberId + "/documents", token);
  }

  HttpResponse<byte[]> contentOf(String memberId, String documentId, String token) {
    return bytes("/api/members/" + memberId + "/documents/" + documentId + "/content", token);
  }

  HttpResponse<String> delete(String token, String documentId) {
    return http.send("DELETE", "/api/members/me/documents/" + documentId, token, null, Map.of());
  }

  HttpResponse<String> queue(String query, String token) {
    return http.get("/api/members/verifications" + query, token);
  }

  HttpResponse<String> review(String memberId, String token) {
    return http.get("/api/members/" + memberId + "/verification-review", token);
  }

  HttpResponse<String> decide(String memberId, String token, Object version, String json) {
    return http.send(
        "POST",
        "/api/members/" + memberId + "/verification",
        token,
        json,
        version == null ? Map.of() : Map.of("If-Match", "\"" + version + "\""));
  }

  /** The version a verifier sees in the review. */
  long reviewedVersion(String memberId) {
    return json(review(memberId, VERIFIER)).get("version").asLong();
  }

  /** Fills in the member's profile and payout account. */
  void completeProfile(Someone someone) {
    long version = json(http.get("/api/members/me", someone.token())).get("version").asLong();
    http.send("PUT", "/api/members/me/profile", someone.token(), PROFILE, ifMatch(version));
    http.send(
        "PUT", "/api/members/me/payout-account", someone.token(), ACCOUNT, ifMatch(version + 1));
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private HttpResponse<byte[]> bytes(String path, String token) {
    return http.getBytes(path, token);
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

  private static Map<String, String> ifMatch(long version) {
    return Map.of("If-Match", "\"" + version + "\"");
  }
}
