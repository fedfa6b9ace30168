package jp.azukari.item;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import jp.azukari.item.member.MemberRecord;
import jp.azukari.item.member.MemberRecords;
import jp.azukari.item.request.RequestRecord;
import jp.azukari.item.request.RequestRecords;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The item API as the member web and the admin console call it, and the read models as the
 * workflow's and member-service's events would have filled them.
 */
public record ItemsApi(TestHttp http, RequestRecords requests, MemberRecords members) {

  public static final JsonMapper JSON = JsonMapper.builder().build();
  public static final String STAFF = TestIssuer.staff();
  public static final String ADMIN = TestIssuer.admin();
  static final String BOUNDARY = "azukari-test-boundary-7MA4YWxkTrZu0gW";

  /** A member nobody else uses: id and token. */
  public record Someone(String id, String token) {
    public static Someone newMember() {
      String id = "member-" + UUID.randomUUID();
      return new Someone(id, TestIssuer.member(id));
    }
  }

  /** A request of the member in the given status, as the workflow's events made it known. */
  public RequestRecord request(Someone member, String status) {
    String id = "request-" + UUID.randomUUID();
    return requests.save(
        new RequestRecord(
            id, "R-" + id.substring(8, 14), member.id(), "KIT", status, null, Instant.now()));
  }

  public RequestRecord openRequest(Someone member) {
    return request(member, "KIT_SENT");
  }

  /** The request with its items received by the shop. */
  public RequestRecord received(RequestRecord request) {
    return requests.save(
        new RequestRecord(
            request.id(),
            request.number(),
            request.memberId(),
            request.type(),
            "ITEMS_RECEIVED",
            Instant.now(),
            Instant.now()));
  }

  public void named(Someone member, String familyName, String givenName) {
    members.save(
        new MemberRecord(
            member.id(),
            familyName,
            givenName,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Instant.now()));
  }

  // Member endpoints

  public HttpResponse<String> add(String token, String requestId, String valuesJson) {
    return http.postJson(
        "/api/items/me",
        "{\"requestId\":" + quoted(requestId) + ",\"values\":" + valuesJson + "}",
        token);
  }

  /** Adds an item and answers it, failing the test when it is refused. */
  public JsonNode added(String token, String requestId, String valuesJson) {
    var response = add(token, requestId, valuesJson);
    if (response.statusCode() != 201) {
      throw new AssertionError("Item not added: " + response.statusCode() + " " + response.body());
    }
    return json(response);
  }

  public HttpResponse<String> ownItems(String token, String requestId) {
    return http.get("/api/items/me" + (requestId == null ? "" : "?requestId=" + requestId), token);
  }

  public HttpResponse<String> ownItem(String token, String itemId) {
    return http.get("/api/items/me/" + itemId, token);
  }

  public HttpResponse<String> change(String token, String itemId, Object version, String values) {
    return http.send(
        "PATCH", "/api/items/me/" + itemId, token, "{\"values\":" + values + "}", ifMatch(version));
  }

  public HttpResponse<String> remove(String token, String itemId) {
    return http.send("DELETE", "/api/items/me/" + itemId, token, null, Map.of());
  }

  // Staff endpoints

  public HttpResponse<String> staffAdd(String token, String requestId, String valuesJson) {
    return http.postJson(
        "/api/items",
        "{\"requestId\":" + quoted(requestId) + ",\"values\":" + valuesJson + "}",
        token);
  }

  public HttpResponse<String> item(String token, String itemId) {
    return http.get("/api/items/" + itemId, token);
  }

  public HttpResponse<String> staffChange(
      String token, String itemId, Object version, String values) {
    return http.send(
        "PATCH", "/api/items/" + itemId, token, "{\"values\":" + values + "}", ifMatch(version));
  }

  public HttpResponse<String> list(String token, String query) {
    return http.get("/api/items" + query, token);
  }

  // Photos

  /** {@code /api/items/me/{id}/photos} for members, {@code /api/items/{id}/photos} for staff. */
  public static String photos(boolean member, String itemId) {
    return "/api/items/" + (member ? "me/" : "") + itemId + "/photos";
  }

  public HttpResponse<String> upload(String token, String photosPath, byte[] content) {
    return upload(token, photosPath, "photo.jpg", "image/jpeg", content);
  }

  public HttpResponse<String> upload(
      String token, String photosPath, String filename, String contentType, byte[] content) {
    return postMultipart(token, photosPath, multipart(filename, contentType, content));
  }

  public HttpResponse<String> postMultipart(String token, String path, byte[] body) {
    try {
      return http.client()
          .send(
              HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<byte[]> photo(String token, String photoPath) {
    return http.getBytes(photoPath, token);
  }

  public HttpResponse<String> deletePhoto(String token, String photoPath) {
    return http.send("DELETE", photoPath, token, null, Map.of());
  }

  public static byte[] multipart(String filename, String contentType, byte[] content) {
    var out = new ByteArrayOutputStream();
    try {
      out.write(("--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(
          ("Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(("Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** One changed field of an event as it reads on the wire, {@code null} values included. */
  public static Map<String, Object> change(String field, Object before, Object after) {
    var change = new java.util.LinkedHashMap<String, Object>();
    change.put("field", field);
    change.put("before", before);
    change.put("after", after);
    return change;
  }

  public static Map<String, String> ifMatch(Object version) {
    return version == null ? Map.of() : Map.of("If-Match", "\"" + version + "\"");
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }
}
