package jp.azukari.notification.inapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.VerificationDecided;
import jp.azukari.contracts.workflow.MemberMail;
import jp.azukari.contracts.workflow.RequestStatusChanged;
import jp.azukari.notification.NotificationServiceTest;
import jp.azukari.notification.recipient.MailRecipients;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Members find what events told them, and staff broadcasts, in their own notification list: once
 * per event, read when opened, never another member's.
 */
class InAppNotificationTest extends NotificationServiceTest {

  @Autowired MailRecipients recipients;

  static RequestStatusChanged kitSent(String memberId, MemberMail mail) {
    return new RequestStatusChanged(
        "request-" + UUID.randomUUID(),
        "R-000123",
        memberId,
        "KIT",
        "KIT_REQUEST_CONFIRMED",
        "KIT_SENT",
        null,
        false,
        mail);
  }

  static final MemberMail KIT_SENT =
      new MemberMail("request-status", Map.of("ja", "キットを発送しました", "en", "Kit sent"));

  JsonNode list(String memberId) {
    var response = http.get("/api/notifications/me", TestIssuer.member(memberId));
    assertStatus(response, 200);
    return json(response);
  }

  long unread(String memberId) {
    var response = http.get("/api/notifications/me/unread-count", TestIssuer.member(memberId));
    assertStatus(response, 200);
    return json(response).get("count").asLong();
  }

  void awaitNotifications(String memberId, int count) {
    await()
        .atMost(WAIT)
        .until(() -> list(memberId).get("page").get("totalElements").asInt() >= count);
  }

  @Test
  void anEventBecomesOneNotificationEvenWhenDeliveredTwice() {
    String memberId = "member-" + UUID.randomUUID();
    var envelope = envelopes.wrap(kitSent(memberId, KIT_SENT));
    send(Topics.WORKFLOW, envelope);
    send(Topics.WORKFLOW, envelope);
    publish(Topics.WORKFLOW, kitSent(memberId, null)); // a status that tells the member nothing

    awaitNotifications(memberId, 1);
    await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
    JsonNode page = list(memberId);
    assertThat(page.get("page").get("totalElements").asInt()).isEqualTo(1);
    JsonNode notification = page.get("content").get(0);
    assertThat(notification.get("id").asString()).isEqualTo(envelope.id());
    assertThat(notification.get("kind").asString()).isEqualTo("request-status");
    assertThat(notification.get("title").get("ja").asString())
        .isEqualTo("お申し込み R-000123：キットを発送しました");
    assertThat(notification.get("read").asBoolean()).isFalse();
    assertThat(unread(memberId)).isEqualTo(1);
  }

  @Test
  void openingMarksReadAndReadAllClearsTheCount() {
    String memberId = "member-" + UUID.randomUUID();
    publish(Topics.WORKFLOW, kitSent(memberId, KIT_SENT));
    publish(
        Topics.MEMBER, new VerificationDecided(memberId, "REJECTED", "<b>blurred</b>", List.of()));
    publish(Topics.WORKFLOW, kitSent(memberId, KIT_SENT));
    awaitNotifications(memberId, 3);
    assertThat(unread(memberId)).isEqualTo(3);

    JsonNode rejection = null;
    for (JsonNode n : list(memberId).get("content")) {
      if (n.get("kind").asString().equals("verification-result")) {
        rejection = n;
      }
    }
    assertThat(rejection).isNotNull();
    assertThat(rejection.get("body").asString()).isEqualTo("<p>&lt;b&gt;blurred&lt;/b&gt;</p>");
    String token = TestIssuer.member(memberId);
    assertStatus(
        http.postJson(
            "/api/notifications/me/" + rejection.get("id").asString() + "/read", null, token),
        204);
    assertThat(unread(memberId)).isEqualTo(2);

    var all = http.postJson("/api/notifications/me/read-all", null, token);
    assertStatus(all, 200);
    assertThat(json(all).get("count").asLong()).isEqualTo(2);
    assertThat(unread(memberId)).isZero();
  }

  @Test
  void aMemberNeverSeesOrReadsAnotherMembersNotifications() {
    String hanako = "member-" + UUID.randomUUID();
    String taro = "member-" + UUID.randomUUID();
    publish(Topics.WORKFLOW, kitSent(hanako, KIT_SENT));
    awaitNotifications(hanako, 1);
    String hanakosId = list(hanako).get("content").get(0).get("id").asString();

    assertThat(list(taro).get("content")).isEmpty();
    assertStatus(
        http.postJson(
            "/api/notifications/me/" + hanakosId + "/read", null, TestIssuer.member(taro)),
        404);
    http.postJson("/api/notifications/me/read-all", null, TestIssuer.member(taro));
    assertThat(unread(hanako)).isEqualTo(1);
    assertStatus(http.get("/api/notifications/me", TestIssuer.staff()), 403);
  }

  @Test
  void aBroadcastReachesEveryMemberOfItsSegmentOnlyWithSanitisedHtml() {
    String prefecture = uniquePrefecture();
    List<String> inside =
        List.of(
            member(uniqueEmail(), "ACTIVE", prefecture),
            member(uniqueEmail(), "ACTIVE", prefecture),
            member(uniqueEmail(), "ACTIVE", prefecture),
            member(uniqueEmail(), "ACTIVE", prefecture));
    String outside = member(uniqueEmail(), "ACTIVE", uniquePrefecture());

    var response =
        http.postJson(
            "/api/notifications/broadcasts",
            toJson(
                Map.of(
                    "title",
                    "年末年始の営業について",
                    "bodyHtml",
                    "<p onclick=\"steal()\">休業日<script>alert(1)</script>"
                        + "<a href=\"javascript:evil()\">x</a>"
                        + "<a href=\"https://azukari.example/news\">詳しく</a></p>",
                    "segment",
                    Map.of("prefectures", List.of(prefecture)),
                    "alsoMail",
                    false)),
            TestIssuer.staff());
    assertStatus(response, 202);
    String id = json(response).get("id").asString();
    assertThat(json(response).get("total").asLong()).isEqualTo(4);

    await()
        .atMost(WAIT)
        .until(
            () ->
                json(http.get("/api/notifications/broadcasts/" + id, TestIssuer.staff()))
                    .get("state")
                    .asString()
                    .equals("DELIVERED"));
    assertThat(
            json(http.get("/api/notifications/broadcasts/" + id, TestIssuer.staff()))
                .get("delivered")
                .asLong())
        .isEqualTo(4);
    for (String member : inside) {
      JsonNode content = list(member).get("content");
      assertThat(content).hasSize(1);
      String body = content.get(0).get("body").asString();
      assertThat(body)
          .contains("休業日")
          .contains("href=\"https://azukari.example/news\"")
          .doesNotContain("script", "onclick", "javascript");
      assertThat(unread(member)).isEqualTo(1);
    }
    assertThat(list(outside).get("content")).isEmpty();
  }

  @Test
  void aBroadcastAlsoMailedGoesOutAsANewsletterToTheSubscribersOfTheSegmentOnly() {
    String prefecture = uniquePrefecture();
    String subscriber = uniqueEmail();
    String optedOut = uniqueEmail();
    String subscriberId = member(subscriber, "ACTIVE", prefecture);
    String optedOutId = member(optedOut, "ACTIVE", prefecture);
    recipients.newsletter(optedOutId, false);

    var response =
        http.postJson(
            "/api/notifications/broadcasts",
            toJson(
                Map.of(
                    "title",
                    "臨時休業のお知らせ",
                    "bodyHtml",
                    "<p>明日は臨時休業です。</p>",
                    "segment",
                    Map.of("prefectures", List.of(prefecture)),
                    "alsoMail",
                    true)),
            TestIssuer.staff());
    assertStatus(response, 202);
    String newsletterId = json(response).get("newsletterId").asString();
    assertThat(newsletterId).isNotBlank();

    await().atMost(WAIT).until(() -> mailsTo(subscriber).size() == 1);
    await()
        .atMost(WAIT)
        .until(
            () ->
                json(http.get("/api/notifications/newsletters/" + newsletterId, TestIssuer.staff()))
                    .get("state")
                    .asString()
                    .equals("SENT"));
    assertThat(mailsTo(subscriber)).hasSize(1);
    assertThat(mailsTo(optedOut)).isEmpty();
    awaitNotifications(subscriberId, 1);
    awaitNotifications(optedOutId, 1);
  }

  @Test
  void onlyStaffBroadcast() {
    var body = toJson(Map.of("title", "t", "bodyHtml", "<p>x</p>", "alsoMail", false));
    assertStatus(
        http.postJson("/api/notifications/broadcasts", body, TestIssuer.member("m-1")), 403);
    assertStatus(
        http.postJson(
            "/api/notifications/broadcasts",
            toJson(Map.of("title", "", "bodyHtml", "<p>x</p>")),
            TestIssuer.staff()),
        400);
  }
}
