package jp.azukari.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Sign-up by mail on the running system: the link arrives as a real mail (GreenMail), the chosen
 * password works at the real Keycloak login, and the member finds their record with the address
 * confirmed. The same for a customer whom staff registered on the phone.
 */
@EnabledIfSystemProperty(named = "azukari.system", matches = "true")
class SignUpByMailSystemTest {

  static final String GATEWAY = RegistrationAuditTrailSystemTest.GATEWAY;

  static String uniqueEmail(String who) {
    return who + "+" + UUID.randomUUID() + "@example.com";
  }

  static String token(String link) {
    return link.substring(link.indexOf("#token=") + "#token=".length());
  }

  @Test
  void aVisitorSignsUpByMailChoosesAPasswordAndLogsInWithIt() throws Exception {
    var visitor = new Browser(GATEWAY);
    String email = uniqueEmail("signup");
    String password = "pw-" + UUID.randomUUID();

    var accepted =
        visitor.postApi(
            "/api/members/registrations", "{\"email\":\"" + email + "\",\"language\":\"en\"}");
    assertThat(accepted.statusCode()).isEqualTo(202);

    var mail = MailServer.awaitMail(email, 1);
    assertThat(mail.getSubject()).isEqualTo("[Azukari] Confirm your email address to sign up");
    String link = MailServer.confirmationLink(mail);
    assertThat(link).startsWith(GATEWAY + "/signup/confirm#token=");
    String token = token(link);

    var check =
        visitor.postApi(
            "/api/members/registrations/confirmations/check", "{\"token\":\"" + token + "\"}");
    assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
    assertThat(JsonPath.<String>read(check.body(), "$.email")).isEqualTo(email);

    var tooShort =
        visitor.postApi(
            "/api/members/registrations/confirmations",
            "{\"token\":\"" + token + "\",\"password\":\"short\"}");
    assertThat(tooShort.statusCode()).as(tooShort.body()).isEqualTo(400);
    assertThat(JsonPath.<String>read(tooShort.body(), "$.code")).isEqualTo("password-rejected");

    var confirmed =
        visitor.postApi(
            "/api/members/registrations/confirmations",
            "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);

    var member = new Browser(GATEWAY);
    member.logIn(email, password);
    var me = member.getApi("/api/members/me");
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(JsonPath.<String>read(me.body(), "$.email")).isEqualTo(email);
    assertThat(JsonPath.<Boolean>read(me.body(), "$.emailConfirmed")).isTrue();
    assertThat(JsonPath.<String>read(me.body(), "$.status")).isEqualTo("PROVISIONAL");

    var again =
        visitor.postApi(
            "/api/members/registrations/confirmations",
            "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    assertThat(again.statusCode()).isEqualTo(410);
  }

  @Test
  void staffTakeAPhoneApplicationAndTheCustomerConfirmsFromTheMail() throws Exception {
    var staff = new Browser(GATEWAY);
    staff.logIn("staff@example.com", RegistrationAuditTrailSystemTest.PASSWORD);
    String email = uniqueEmail("phone");
    String phone = "090" + String.format("%08d", (long) (Math.random() * 100_000_000L));

    var applied =
        staff.postApi(
            "/api/members/applications",
            """
            {"channel":"PHONE","email":"%s","sendConfirmationMail":true,
             "profile":{"familyName":"山田","givenName":"次郎","familyNameKana":"やまだ",
                        "givenNameKana":"ｼﾞﾛｳ","phone":"%s"}}
            """
                .formatted(email, phone));
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
    String memberId = JsonPath.read(applied.body(), "$.id");
    assertThat(JsonPath.<Boolean>read(applied.body(), "$.emailConfirmed")).isFalse();
    assertThat(JsonPath.<String>read(applied.body(), "$.profile.familyNameKana")).isEqualTo("ヤマダ");

    var mail = MailServer.awaitMail(email, 1);
    assertThat(mail.getSubject()).contains("お申し込みありがとうございます");
    assertThat(MailServer.text(mail)).contains("山田 次郎 様");
    String password = "pw-" + UUID.randomUUID();
    var confirmed =
        new Browser(GATEWAY)
            .postApi(
                "/api/members/registrations/confirmations",
                "{\"token\":\""
                    + token(MailServer.confirmationLink(mail))
                    + "\",\"password\":\""
                    + password
                    + "\"}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);

    var customer = new Browser(GATEWAY);
    customer.logIn(email, password);
    var me = customer.getApi("/api/members/me");
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(JsonPath.<String>read(me.body(), "$.id")).isEqualTo(memberId);
    assertThat(JsonPath.<Boolean>read(me.body(), "$.emailConfirmed")).isTrue();
    assertThat(JsonPath.<String>read(me.body(), "$.profile.givenName")).isEqualTo("次郎");
  }
}
