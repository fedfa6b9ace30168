package jp.azukari.member.changerequest;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The member API around change requests and account statuses, as the two web faces call it. */
public record ChangesApi(TestHttp http, MongoTemplate mongo) {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  public static final String HANAKO =
      """
      {"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
       "birthDate":"1990-04-01","phone":"09012345678",
       "address":{"postalCode":"100-0001","prefecture":"東京都","city":"千代田区",
                  "line1":"千代田1-1","line2":""},
       "occupation":"会社員"}
      """;

  public static final String ACCOUNT =
      """
      {"bankName":"みずほ銀行","branchName":"渋谷支店","accountType":"普通",
       "accountNumber":"7654321","holderKana":"ヤマダ ハナコ"}
      """;

  /** A member nobody else uses: id and token. */
  public record Someone(String id, String token) {
    public static Someone newMember() {
      String id = "member-" + UUID.randomUUID();
      return new Someone(id, TestIssuer.member(id));
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  public HttpResponse<String> ownRecord(Someone who) {
    return http.get("/api/members/me", who.token());
  }

  public long version(Someone who) {
    return json(ownRecord(who)).get("version").asLong();
  }

  public HttpResponse<String> changeProfile(Someone who, String json) {
    return http.send("PUT", "/api/members/me/profile", who.token(), json, ifMatch(version(who)));
  }

  public HttpResponse<String> changePayoutAccount(Someone who, String json) {
    return http.send(
        "PUT", "/api/members/me/payout-account", who.token(), json, ifMatch(version(who)));
  }

  /** A member with a complete profile and payout account whom a verifier has verified. */
  public Someone verifiedMember() {
    var who = Someone.newMember();
    changeProfile(who, HANAKO);
    changePayoutAccount(who, ACCOUNT);
    verify(who.id());
    return who;
  }

  /** Marks the member verified as a kyc-verifier's decision would (verification is not ours). */
  public void verify(String memberId) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(memberId)),
        Update.update(
            "verification", new Document("state", "VERIFIED").append("decidedBy", "verifier-1")),
        "members");
  }

  public HttpResponse<String> ownRequests(Someone who) {
    return http.get("/api/members/me/change-requests", who.token());
  }

  public HttpResponse<String> withdrawRequest(Someone who, String id) {
    return http.send(
        "DELETE", "/api/members/me/change-requests/" + id, who.token(), null, Map.of());
  }

  public HttpResponse<String> queue(String query, String token) {
    return http.get("/api/members/change-requests" + query, token);
  }

  public HttpResponse<String> approve(String id, String token) {
    return http.send(
        "POST", "/api/members/change-requests/" + id + "/approval", token, null, Map.of());
  }

  public HttpResponse<String> reject(String id, String json, String token) {
    return http.send(
        "POST", "/api/members/change-requests/" + id + "/rejection", token, json, Map.of());
  }

  public HttpResponse<String> staffView(String memberId) {
    return http.get("/api/members/" + memberId, TestIssuer.staff());
  }

  public HttpResponse<String> changeStatus(
      String memberId, Object version, String json, String token) {
    return http.send(
        "POST",
        "/api/members/" + memberId + "/status",
        token,
        json,
        version == null ? Map.of() : ifMatch(version));
  }

  public HttpResponse<String> withdrawMembership(Someone who, String json) {
    return http.send("POST", "/api/members/me/withdrawal", who.token(), json, Map.of());
  }

  public static Map<String, String> ifMatch(Object version) {
    return Map.of("If-Match", "\"" + version + "\"");
  }
}
