package jp.azukari.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the shop tells a member, on the running system: a status change that mails reaches the
 * member's real mailbox once, shows as an unread notification on the member web (read when opened),
 * and is in the staff's mail log as sent; a template naming an unknown placeholder is refused and
 * changes nothing.
 */
@EnabledIfSystemProperty(named = "azukari.system", matches = "true")
class NotificationSystemTest {

  static final String GATEWAY = RegistrationAuditTrailSystemTest.GATEWAY;

  @Test
  void aStatusChangeReachesTheMailboxTheNotificationListAndTheMailLog() throws Exception {
    var staff = new Browser(GATEWAY);
    staff.logIn("staff@example.com", RegistrationAuditTrailSystemTest.PASSWORD);
    var member = VerifiedMembers.create(staff, "鈴木", "次郎");
    var web = member.browser();

    var requested = web.postApi("/api/requests/me", "{\"type\":\"KIT\",\"kitCount\":1}");
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
    String requestId = JsonPath.read(requested.body(), "$.id");
    String number = JsonPath.read(requested.body(), "$.number");
    ConsignmentSystemTest.move(staff, requestId, "KIT_REQUEST_CONFIRMED");

    // The member also got the verification result: the status mail is the one naming the request.
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> mailsNaming(member.email(), number), mails -> mails == 1);

    String notificationId =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> {
                  var list = web.getApi("/api/notifications/me");
                  return list.statusCode() == 200
                      ? JsonPath.<List<String>>read(list.body(), "$.content[?(@.read == false)].id")
                      : List.<String>of();
                },
                unread -> !unread.isEmpty())
            .getFirst();
    long unread = unreadCount(web);
    assertThat(unread).isPositive();
    var read = web.postApi("/api/notifications/me/" + notificationId + "/read", "{}");
    assertThat(read.statusCode()).as(read.body()).isBetween(200, 204);
    assertThat(unreadCount(web)).isEqualTo(unread - 1);

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              var log =
                  staff.getApi(
                      "/api/notifications/deliveries?kind=request-status&memberId=" + member.id());
              assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
              assertThat(JsonPath.<List<String>>read(log.body(), "$.content[*].state"))
                  .containsExactly("SENT");
              assertThat(JsonPath.<List<String>>read(log.body(), "$.content[*].relatedId"))
                  .containsExactly(requestId);
            });
    // Exactly once: no second mail came meanwhile.
    assertThat(mailsNaming(member.email(), number)).isEqualTo(1);
  }

  @Test
  void aTemplateNamingAnUnknownPlaceholderIsRefusedAndChangesNothing() {
    var admin = new Browser(GATEWAY);
    admin.logIn("admin@example.com", RegistrationAuditTrailSystemTest.PASSWORD);
    var before = admin.getApi("/api/notifications/templates/request-status/ja");
    assertThat(before.statusCode()).as(before.body()).isEqualTo(200);

    var refused =
        admin.sendApi(
            "PUT",
            "/api/notifications/templates/request-status/ja",
            """
            {"subject":"{{number}} のご案内","text":"{{unknownThing}} 様","html":"<p>x</p>"}
            """,
            Map.of("If-Match", VerifiedMembers.etag(before)));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(JsonPath.<String>read(refused.body(), "$.code")).isEqualTo("unknown-placeholder");
    assertThat(refused.body()).contains("unknownThing");

    var after = admin.getApi("/api/notifications/templates/request-status/ja");
    assertThat(after.body()).isEqualTo(before.body());
  }

  private static long mailsNaming(String email, String number) throws Exception {
    long count = 0;
    for (var mail : MailServer.inbox(email)) {
      if (MailServer.text(mail).contains(number)) {
        count++;
      }
    }
    return count;
  }

  private static long unreadCount(Browser web) {
    var count = web.getApi("/api/notifications/me/unread-count");
    assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
    return ((Number) JsonPath.read(count.body(), "$.count")).longValue();
  }
}
