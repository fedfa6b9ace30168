package jp.azukari.notification.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.azukari.notification.NotificationServiceTest;
import jp.azukari.notification.recipient.MailRecipients;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Newsletters go to the opted-in members of their segment, frozen when sending starts, at the
 * configured rate (10 a second here), exactly once each even when the sender stops half-way and
 * starts again; staff pause, resume and cancel them; every copy carries a working unsubscribe link.
 */
class NewsletterSendingTest extends NotificationServiceTest {

  @Autowired NewsletterSender sender;
  @Autowired MailRecipients recipients;

  @AfterEach
  void senderRuns() {
    sender.start();
  }

  record Audience(String prefecture, List<String> emails, String optedOutEmail) {}

  /** {@code count} members of a new prefecture with addresses, one more who opted out. */
  Audience audience(int count) {
    String prefecture = uniquePrefecture();
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String email = uniqueEmail();
      member(email, "ACTIVE", prefecture);
      emails.add(email);
    }
    String optedOut = uniqueEmail();
    recipients.newsletter(member(optedOut, "ACTIVE", prefecture), false);
    return new Audience(prefecture, emails, optedOut);
  }

  String compose(Audience audience) {
    var response =
        http.postJson(
            "/api/notifications/newsletters",
            toJson(
                Map.of(
                    "subject", "秋のキャンペーン",
                    "html", "<h1>秋</h1><p>査定額<strong>10%</strong>アップ<script>x()</script></p>",
                    "text", "秋\n査定額10%アップ",
                    "segment", Map.of("prefectures", List.of(audience.prefecture())))),
            TestIssuer.staff());
    assertStatus(response, 201);
    assertThat(json(response).get("state").asString()).isEqualTo("DRAFT");
    assertThat(json(response).get("html").asString()).doesNotContain("script");
    return json(response).get("id").asString();
  }

  JsonNode newsletter(String id) {
    var response = http.get("/api/notifications/newsletters/" + id, TestIssuer.staff());
    assertStatus(response, 200);
    return json(response);
  }

  JsonNode act(String id, String action, int status) {
    var response =
        http.postJson(
            "/api/notifications/newsletters/" + id + "/" + action, null, TestIssuer.staff());
    assertStatus(response, status);
    return json(response);
  }

  void awaitState(String id, String state) {
    await().atMost(WAIT).until(() -> newsletter(id).get("state").asString().equals(state));
  }

  @Test
  void aSenderStoppedHalfWayAndStartedAgainSendsEveryRecipientExactlyOneCopy() {
    var audience = audience(12);
    String id = compose(audience);

    act(id, "send", 200);
    await().atMost(WAIT).until(() -> newsletter(id).get("sent").asLong() >= 4);
    sender.stop();
    await().pollDelay(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> true);
    long sentWhenStopped = newsletter(id).get("sent").asLong();
    await().pollDelay(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> true);
    assertThat(newsletter(id).get("sent").asLong())
        .as("nothing goes out while stopped")
        .isEqualTo(sentWhenStopped)
        .isLessThan(12);
    assertThat(newsletter(id).get("total").asLong()).isEqualTo(12);

    sender.start();
    awaitState(id, "SENT");
    JsonNode done = newsletter(id);
    assertThat(done.get("sent").asLong()).isEqualTo(12);
    assertThat(done.get("failed").asLong()).isZero();
    for (String email : audience.emails()) {
      assertThat(mailsTo(email)).as(email).hasSize(1);
    }
    assertThat(mailsTo(audience.optedOutEmail())).isEmpty();
  }

  @Test
  void aCopyClaimedByASenderThatDiedIsNotSentAgain() {
    var audience = audience(3);
    String id = compose(audience);
    sender.stop();
    act(id, "send", 200);
    // As a sender that died after claiming the first recipient and perhaps handing the mail over.
    String first = audience.emails().getFirst();
    String firstId = memberIdOf(first);
    mongo.insert(
        new org.bson.Document("_id", id + ":" + firstId)
            .append("newsletterId", id)
            .append("memberId", firstId)
            .append("email", first)
            .append("state", "SENDING"),
        "newsletter_recipients");

    sender.start();
    awaitState(id, "SENT");
    JsonNode done = newsletter(id);
    assertThat(done.get("total").asLong()).isEqualTo(3);
    assertThat(done.get("sent").asLong()).isEqualTo(2);
    assertThat(done.get("failed").asLong()).isEqualTo(1);
    assertThat(mailsTo(first)).isEmpty();
    assertThat(mailsTo(audience.emails().get(1))).hasSize(1);
    assertThat(mailsTo(audience.emails().get(2))).hasSize(1);
  }

  @Test
  void theSenderKeepsToTheConfiguredRate() {
    var audience = audience(15);
    String id = compose(audience);
    act(id, "send", 200);
    await().atMost(WAIT).until(() -> newsletter(id).get("total").asLong() == 15);
    long start = System.nanoTime();
    awaitState(id, "SENT");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    // 600 a minute is 10 a second: 15 mails cannot go out in much less than a second and a half.
    assertThat(took).isGreaterThan(Duration.ofMillis(1200));
    assertThat(newsletter(id).get("sent").asLong()).isEqualTo(15);
  }

  String memberIdOf(String email) {
    return mongo
        .findOne(
            org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("email").is(email)),
            org.bson.Document.class,
            "mail_recipients")
        .getString("_id");
  }

  @Test
  void theRecipientsAreFrozenWhenSendingStarts() {
    var audience = audience(3);
    String id = compose(audience);
    act(id, "send", 200);
    await().atMost(WAIT).until(() -> newsletter(id).get("total").asLong() == 3);
    String latecomer = uniqueEmail();
    member(latecomer, "ACTIVE", audience.prefecture());
    awaitState(id, "SENT");
    assertThat(mailsTo(latecomer)).isEmpty();
  }

  @Test
  void aPausedNewsletterSendsNothingUntilResumedAndACancelledOneNothingMore() throws Exception {
    var audience = audience(20);
    String id = compose(audience);
    act(id, "send", 200);
    await().atMost(WAIT).until(() -> newsletter(id).get("sent").asLong() >= 2);
    assertThat(act(id, "pause", 200).get("state").asString()).isEqualTo("PAUSED");
    await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).until(() -> true);
    long paused = newsletter(id).get("sent").asLong();
    await().pollDelay(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> true);
    assertThat(newsletter(id).get("sent").asLong()).isEqualTo(paused).isLessThan(20);
    act(id, "pause", 409);

    act(id, "resume", 200);
    await().atMost(WAIT).until(() -> newsletter(id).get("sent").asLong() > paused);
    JsonNode cancelled = act(id, "cancel", 200);
    assertThat(cancelled.get("state").asString()).isEqualTo("CANCELLED");
    await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).until(() -> true);
    long atCancel = newsletter(id).get("sent").asLong();
    await().pollDelay(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> true);
    assertThat(newsletter(id).get("sent").asLong()).isEqualTo(atCancel).isLessThan(20);
    assertThat(act(id, "resume", 409).get("code").asString()).isEqualTo("newsletter-state");
  }

  @Test
  void theUnsubscribeLinkWorksWithoutLoginAndOnlyForItsMember() throws Exception {
    var audience = audience(1);
    String email = audience.emails().getFirst();
    String id = compose(audience);
    act(id, "send", 200);
    awaitState(id, "SENT");
    MimeMessage mail = mailsTo(email).getFirst();
    assertThat(mail.getSubject()).isEqualTo("秋のキャンペーン");
    String text = text(mail);
    var matcher =
        Pattern.compile("/unsubscribe/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)").matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    String token = matcher.group(1);
    assertThat(mail.getHeader("List-Unsubscribe")[0]).contains(token);

    assertStatus(http.postJson("/api/notifications/unsubscribe/" + token + "x", null, null), 404);
    assertStatus(http.postJson("/api/notifications/unsubscribe/" + token, null, null), 204);

    var count =
        http.postJson(
            "/api/notifications/segments/count",
            toJson(
                Map.of(
                    "segment",
                    Map.of("prefectures", List.of(audience.prefecture()), "optedInOnly", true))),
            TestIssuer.staff());
    assertThat(json(count).get("count").asLong()).isZero();
  }

  @Test
  void membersChooseNewslettersButOnlyForThemselves() {
    String memberId = member(uniqueEmail(), "ACTIVE", null);
    String token = TestIssuer.member(memberId);
    var initial = http.get("/api/notifications/me/preferences", token);
    assertStatus(initial, 200);
    assertThat(json(initial).get("newsletter").asBoolean()).isTrue();

    var off =
        http.send(
            "PUT", "/api/notifications/me/preferences", token, "{\"newsletter\":false}", Map.of());
    assertStatus(off, 200);
    assertThat(json(off).get("newsletter").asBoolean()).isFalse();
    assertThat(
            json(http.get("/api/notifications/me/preferences", TestIssuer.member("someone-else")))
                .get("newsletter")
                .asBoolean())
        .isTrue();
    awaitRecipient(memberId, "newsletter", false);
    assertStatus(http.send("PUT", "/api/notifications/me/preferences", token, "{}", Map.of()), 400);
  }

  @Test
  void onlyStaffComposeNewsletters() {
    assertStatus(
        http.postJson(
            "/api/notifications/newsletters",
            toJson(Map.of("subject", "s", "html", "<p>h</p>")),
            TestIssuer.member("m-1")),
        403);
    assertStatus(http.get("/api/notifications/newsletters", TestIssuer.member("m-1")), 403);
  }

  static String text(jakarta.mail.Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = text(multipart.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
