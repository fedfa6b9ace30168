package jp.azukari.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Identity verification and change approval on the running system, through the gateway with real
 * Keycloak logins: a customer registered on the phone uploads document photos, only a verifier may
 * verify them, another member reaches none of it, and a later edit of the verified name waits for
 * staff approval. Every look at a document is in the audit log.
 */
@EnabledIfSystemProperty(named = "azukari.system", matches = "true")
class VerificationSystemTest {

  static final String GATEWAY = RegistrationAuditTrailSystemTest.GATEWAY;
  static final String PASSWORD = RegistrationAuditTrailSystemTest.PASSWORD;

  /** A 1x1 PNG: documents are checked by their content. */
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @Test
  void aVerifierVerifiesTheDocumentsAndAVerifiedNameChangeWaitsForStaff() throws Exception {
    var staff = new Browser(GATEWAY);
    staff.logIn("staff@example.com", PASSWORD);
    String email = SignUpByMailSystemTest.uniqueEmail("verify");
    String phone = "080" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    var applied =
        staff.postApi(
            "/api/members/applications",
            """
            {"channel":"WALK_IN","email":"%s","sendConfirmationMail":true,
             "profile":{"familyName":"中村","givenName":"真一","familyNameKana":"なかむら",
                        "givenNameKana":"しんいち","birthDate":"1979-11-03","phone":"%s",
                        "occupation":"会社員",
                        "address":{"postalCode":"060-0001","prefecture":"北海道",
                                   "city":"札幌市中央区","line1":"北1条西1-1"}}}
            """
                .formatted(email, phone));
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
    String memberId = JsonPath.read(applied.body(), "$.id");

    String password = "pw-" + UUID.randomUUID();
    var confirmed =
        new Browser(GATEWAY)
            .postApi(
                "/api/members/registrations/confirmations",
                "{\"token\":\"%s\",\"password\":\"%s\"}"
                    .formatted(
                        SignUpByMailSystemTest.token(
                            MailServer.confirmationLink(MailServer.awaitMail(email, 1))),
                        password));
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);

    var member = new Browser(GATEWAY);
    member.logIn(email, password);
    var payout =
        member.sendApi(
            "PUT",
            "/api/members/me/payout-account",
            """
            {"bankName":"北洋銀行","branchName":"本店","accountType":"ORDINARY",
             "accountNumber":"1234567","holderKana":"ﾅｶﾑﾗ ｼﾝｲﾁ"}
            """,
            Map.of("If-Match", etag(member.getApi("/api/members/me"))));
    assertThat(payout.statusCode()).as(payout.body()).isEqualTo(200);
    String documentId = null;
    for (String side : List.of("FRONT", "BACK")) {
      var uploaded =
          member.upload(
              "/api/members/me/documents",
              "IMG_" + side + ".jpg",
              "image/jpeg",
              PNG,
              Map.of("kind", "DRIVING_LICENCE", "side", side));
      assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
      documentId = JsonPath.read(uploaded.body(), "$.id");
    }
    var own = member.getApi("/api/members/me");
    assertThat(JsonPath.<String>read(own.body(), "$.verification.state")).isEqualTo("PENDING");

    // Another member reaches nothing of it, whatever id they send.
    var other = new Browser(GATEWAY);
    other.logIn("member@example.com", PASSWORD);
    assertThat(other.getApi("/api/members/" + memberId).statusCode()).isEqualTo(403);
    assertThat(other.getApi("/api/members/me/documents/" + documentId + "/content").statusCode())
        .isEqualTo(404);
    assertThat(
            other
                .getApi("/api/members/" + memberId + "/documents/" + documentId + "/content")
                .statusCode())
        .isEqualTo(403);

    // Plain staff may look, but only a verifier decides.
    String decision = "{\"decision\":\"VERIFIED\"}";
    var review = staff.getApi("/api/members/" + memberId + "/verification-review");
    assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
    var refused =
        staff.sendApi(
            "POST",
            "/api/members/" + memberId + "/verification",
            decision,
            Map.of("If-Match", etag(review)));
    assertThat(refused.statusCode()).isEqualTo(403);

    var verifier = new Browser(GATEWAY);
    verifier.logIn("verifier@example.com", PASSWORD);
    var image =
        verifier.getApi("/api/members/" + memberId + "/documents/" + documentId + "/content");
    assertThat(image.statusCode()).isEqualTo(200);
    var verified =
        verifier.sendApi(
            "POST",
            "/api/members/" + memberId + "/verification",
            decision,
            Map.of(
                "If-Match",
                etag(verifier.getApi("/api/members/" + memberId + "/verification-review"))));
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    var active = member.getApi("/api/members/me");
    assertThat(JsonPath.<String>read(active.body(), "$.verification.state")).isEqualTo("VERIFIED");
    assertThat(JsonPath.<String>read(active.body(), "$.status")).isEqualTo("ACTIVE");

    // The verified name now changes only with staff approval.
    var edited =
        member.sendApi(
            "PUT",
            "/api/members/me/profile",
            json(JsonPath.parse(active.body()).read("$.profile", Map.class), "中邑"),
            Map.of("If-Match", etag(active)));
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(JsonPath.<String>read(edited.body(), "$.profile.familyName")).isEqualTo("中村");
    List<String> pending = JsonPath.read(edited.body(), "$.pendingChangeRequests[*].id");
    assertThat(pending).hasSize(1);

    var approved =
        staff.postApi("/api/members/change-requests/" + pending.getFirst() + "/approval", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    var after = member.getApi("/api/members/me");
    assertThat(JsonPath.<String>read(after.body(), "$.profile.familyName")).isEqualTo("中邑");
    assertThat(JsonPath.<String>read(after.body(), "$.verification.state"))
        .as("a new name needs new documents")
        .isEqualTo("PENDING");

    // The audit log shows who looked at the document and who decided.
    List<Map<String, Object>> looks =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () ->
                    JsonPath.read(
                        staff
                            .getApi(
                                "/api/audit/records?entityType=member&entityId="
                                    + memberId
                                    + "&size=100")
                            .body(),
                        "$.content[?(@.type == 'member.IdentityDocumentViewed'"
                            + " || @.type == 'member.VerificationDecided')]"),
                (List<Map<String, Object>> found) -> found.size() >= 2);
    assertThat(looks)
        .extracting(record -> (Object) ((Map<?, ?>) record.get("actor")).get("name"))
        .contains("鈴木 次郎");
  }

  static String etag(java.net.http.HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  /** The profile as JSON with another family name. */
  static String json(Map<?, ?> profile, String familyName) {
    var address = (Map<?, ?>) profile.get("address");
    return """
        {"familyName":"%s","givenName":"%s","familyNameKana":"%s","givenNameKana":"%s",
         "birthDate":"%s","phone":"%s","occupation":"%s",
         "address":{"postalCode":"%s","prefecture":"%s","city":"%s","line1":"%s"}}
        """
        .formatted(
            familyName,
            profile.get("givenName"),
            profile.get("familyNameKana"),
            profile.get("givenNameKana"),
            profile.get("birthDate"),
            profile.get("phone"),
            profile.get("occupation"),
            address.get("postalCode"),
            address.get("prefecture"),
            address.get("city"),
            address.get("line1"));
  }
}
