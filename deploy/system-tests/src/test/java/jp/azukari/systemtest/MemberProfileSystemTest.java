package jp.azukari.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A member edits their own profile through the gateway: the version travels as ETag/If-Match, the
 * server normalises what was typed, a stale version is refused, and the change reaches the audit
 * log with the member as actor.
 */
@EnabledIfSystemProperty(named = "azukari.system", matches = "true")
class MemberProfileSystemTest {

  static final String GATEWAY = RegistrationAuditTrailSystemTest.GATEWAY;
  static final String PASSWORD = RegistrationAuditTrailSystemTest.PASSWORD;

  @Test
  void aMemberEditsTheirProfileAndStaffSeeItInTheAuditLog() {
    var member = new Browser(GATEWAY);
    member.logIn("member@example.com", PASSWORD);
    var own = member.getApi("/api/members/me");
    assertThat(own.statusCode()).isEqualTo(200);
    String etag = own.headers().firstValue("ETag").orElseThrow();
    String memberId = JsonPath.read(own.body(), "$.id");
    String city = "千代田区" + UUID.randomUUID().toString().substring(0, 4);

    var saved =
        member.sendApi(
            "PUT",
            "/api/members/me/profile",
            """
            {"familyName":"山田","givenName":"花子","familyNameKana":"やまだ","givenNameKana":"ﾊﾅｺ",
             "birthDate":"平成2年4月1日","phone":"090-1234-5678","occupation":"会社員",
             "address":{"postalCode":"１００－０００１","prefecture":"東京","city":"%s","line1":"千代田1-1"}}
            """
                .formatted(city),
            Map.of("If-Match", etag));

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(JsonPath.<String>read(saved.body(), "$.profile.address.postalCode"))
        .isEqualTo("100-0001");
    assertThat(JsonPath.<String>read(saved.body(), "$.profile.address.prefecture"))
        .isEqualTo("東京都");
    assertThat(JsonPath.<String>read(saved.body(), "$.profile.familyNameKana")).isEqualTo("ヤマダ");
    assertThat(JsonPath.<String>read(saved.body(), "$.profile.birthDate")).isEqualTo("1990-04-01");

    var stale =
        member.sendApi(
            "PUT", "/api/members/me/profile", "{\"familyName\":\"山田\"}", Map.of("If-Match", etag));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("\"status\":409");

    var staff = new Browser(GATEWAY);
    staff.logIn("staff@example.com", PASSWORD);
    List<Map<String, Object>> changes =
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
                                    + "&size=50")
                            .body(),
                        "$.content[?(@.type == 'member.ProfileChanged'"
                            + " && @.actor.type == 'member')]"),
                (List<Map<String, Object>> found) ->
                    found.stream().anyMatch(record -> record.toString().contains(city)));
    assertThat(changes).isNotEmpty();
  }
}
