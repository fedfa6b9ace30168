package jp.azukari.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A member whose identity a verifier has verified, made the way the shop makes one: staff enter a
 * walk-in application, the customer confirms the mailed link and sets a password, enters the payout
 * account, uploads both sides of a document, and a verifier verifies them.
 */
final class VerifiedMembers {

  record Member(String id, String email, String password, Browser browser) {}

  private VerifiedMembers() {}

  static Member create(Browser staff, String familyName, String givenName) throws Exception {
    String email = SignUpByMailSystemTest.uniqueEmail("verified");
    String phone = "080" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    var applied =
        staff.postApi(
            "/api/members/applications",
            """
            {"channel":"WALK_IN","email":"%s","sendConfirmationMail":true,
             "profile":{"familyName":"%s","givenName":"%s","familyNameKana":"ヤマダ",
                        "givenNameKana":"ハナコ","birthDate":"1985-04-12","phone":"%s",
                        "occupation":"会社員",
                        "address":{"postalCode":"150-0001","prefecture":"東京都",
                                   "city":"渋谷区","line1":"神宮前1-2-3"}}}
            """
                .formatted(email, familyName, givenName, phone));
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
    String id = JsonPath.read(applied.body(), "$.id");

    String password = "pw-" + UUID.randomUUID();
    String token =
        SignUpByMailSystemTest.token(MailServer.confirmationLink(MailServer.awaitMail(email, 1)));
    var confirmed =
        new Browser(RegistrationAuditTrailSystemTest.GATEWAY)
            .postApi(
                "/api/members/registrations/confirmations",
                "{\"token\":\"%s\",\"password\":\"%s\"}".formatted(token, password));
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);

    var member = new Browser(RegistrationAuditTrailSystemTest.GATEWAY);
    member.logIn(email, password);
    var payout =
        member.sendApi(
            "PUT",
            "/api/members/me/payout-account",
            """
            {"bankName":"みずほ銀行","branchName":"渋谷支店","accountType":"ORDINARY",
             "accountNumber":"7654321","holderKana":"ﾔﾏﾀﾞ ﾊﾅｺ"}
            """,
            Map.of("If-Match", etag(member.getApi("/api/members/me"))));
    assertThat(payout.statusCode()).as(payout.body()).isEqualTo(200);
    for (String side : List.of("FRONT", "BACK")) {
      var uploaded =
          member.upload(
              "/api/members/me/documents",
              side + ".png",
              "image/png",
              VerificationSystemTest.PNG,
              Map.of("kind", "DRIVING_LICENCE", "side", side));
      assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    }

    var verifier = new Browser(RegistrationAuditTrailSystemTest.GATEWAY);
    verifier.logIn("verifier@example.com", RegistrationAuditTrailSystemTest.PASSWORD);
    var verified =
        verifier.sendApi(
            "POST",
            "/api/members/" + id + "/verification",
            "{\"decision\":\"VERIFIED\"}",
            Map.of(
                "If-Match", etag(verifier.getApi("/api/members/" + id + "/verification-review"))));
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    return new Member(id, email, password, member);
  }

  static String etag(java.net.http.HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }
}
