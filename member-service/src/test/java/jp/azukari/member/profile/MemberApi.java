package jp.azukari.member.profile;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The member API as the member web and the admin console call it. */
record MemberApi(TestHttp http) {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static final String HANAKO_AS_TYPED =
      """
      {"familyName":"山田","givenName":"花子","familyNameKana":"ﾔﾏﾀﾞ","givenNameKana":"はなこ",
       "birthDate":"平成2年4月1日","phone":"０９０－１２３４－５６７８",
       "address":{"postalCode":"〒１００ー０００１","prefecture":"東京","city":"千代田区",
                  "line1":"千代田１－１","line2":"　"},
       "occupation":"会社員"}
      """;

  static final String ACCOUNT_AS_TYPED =
      """
      {"bankName":"みずほ銀行","branchName":"渋谷支店","accountType":"普通",
       "accountNumber":"７６５４３２１","holderKana":"ﾔﾏﾀﾞ ﾊﾅｺ"}
      """;

  /** A member nobody else uses: id and token. */
  record Someone(String id, String token) {
    static Someone newMember() {
      String id = "member-" + UUID.randomUUID();
      return new Someone(id, TestIssuer.member(id));
    }
  }

  HttpResponse<String> ownRecord(String token) {
    return http.get("/api/members/me", token);
  }

  HttpResponse<String> member(String id, String token) {
    return http.get("/api/members/" + id, token);
  }

  HttpResponse<String> changeProfile(String token, Object version, String json) {
    return http.send("PUT", "/api/members/me/profile", token, json, ifMatch(version));
  }

  HttpResponse<String> changePayoutAccount(String token, Object version, String json) {
    return http.send("PUT", "/api/members/me/payout-account", token, json, ifMatch(version));
  }

  long version(String token) {
    return json(ownRecord(token)).get("version").asLong();
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static Map<String, String> ifMatch(Object version) {
    return version == null ? Map.of() : Map.of("If-Match", "\"" + version + "\"");
  }
}
