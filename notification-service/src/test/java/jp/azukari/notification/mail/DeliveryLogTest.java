package jp.azukari.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff search the delivery log and send a failed mail again with one click. */
class DeliveryLogTest extends MailServiceTest {

  static final String BASE = "/api/notifications/deliveries";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  TestHttp http;
  EventsProbe events;

  @BeforeEach
  void api() {
    http = TestHttp.on(port);
    events = new EventsProbe(String.join(",", kafka.getBootstrapServers()), Topics.NOTIFICATION);
  }

  @AfterEach
  void close() {
    events.close();
  }

  static InquiryMailRequested mail(String mailId, String memberId, String email, String subject) {
    return new InquiryMailRequested(
        mailId,
        "inquiry-" + mailId,
        InquiryMailRequested.Kind.REPLY,
        memberId,
        email,
        "鈴木 一郎",
        "ja",
        subject,
        "本文",
        null,
        null,
        List.of(),
        null);
  }

  JsonNode get(String path) {
    var response = http.get(path, TestIssuer.staff());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void staffFindMailsByMemberKindStateAddressAndText() {
    String memberId = "member-" + UUID.randomUUID();
    String email = uniqueEmail();
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    publish(Topics.INQUIRY_MAILS, mail(first, memberId, email, "Re: 着物の査定"));
    publish(Topics.INQUIRY_MAILS, mail(second, memberId, email, "Re: 送料について"));
    await()
        .atMost(WAIT)
        .until(
            () ->
                List.of(first, second).stream()
                    .allMatch(
                        id ->
                            delivery(id) != null
                                && delivery(id).state() == MailDelivery.State.SENT));

    var byMember = get(BASE + "?memberId=" + memberId);
    assertThat(byMember.get("page").get("totalElements").asLong()).isEqualTo(2);
    assertThat(byMember.get("content").get(0).get("id").asString()).isEqualTo(second);
    assertThat(get(BASE + "?memberId=" + memberId + "&q=" + encoded("着物")).get("content").size())
        .isEqualTo(1);
    assertThat(
            get(BASE + "?to=" + encoded(email) + "&kind=inquiry-reply&state=SENT")
                .get("page")
                .get("totalElements")
                .asLong())
        .isEqualTo(2);
    assertThat(get(BASE + "?memberId=" + memberId + "&state=FAILED").get("content").size())
        .isZero();
    assertThat(
            get(BASE
                    + "?memberId="
                    + memberId
                    + "&from=2000-01-01T00:00:00Z&until=2000-01-02T00:00:00Z")
                .get("content")
                .size())
        .isZero();
    var detail = get(BASE + "/" + first);
    assertThat(detail.get("text").asString()).contains("本文");
    assertThat(detail.get("delivery").get("subject").asString()).isEqualTo("Re: 着物の査定");
    assertThat(http.get(BASE, TestIssuer.member("m-1")).statusCode()).isEqualTo(403);
  }

  @Test
  void aFailedMailIsSentAgainWithOneClickExactlyOnce() throws Exception {
    String email = uniqueEmail();
    String mailId = UUID.randomUUID().toString();
    smtp.stop();
    publish(Topics.INQUIRY_MAILS, mail(mailId, null, email, "Re: 再送"));
    await()
        .atMost(WAIT)
        .until(
            () ->
                delivery(mailId) != null && delivery(mailId).state() == MailDelivery.State.FAILED);
    assertThat(delivery(mailId).lastError()).startsWith("Gave up after 5 attempts");
    smtp = startSmtp();
    assertThat(
            http.send(
                    "POST", BASE + "/" + mailId + "/resend", TestIssuer.member("m"), null, Map.of())
                .statusCode())
        .isEqualTo(403);

    var resent =
        http.send("POST", BASE + "/" + mailId + "/resend", TestIssuer.staff(), null, Map.of());

    assertThat(resent.statusCode()).as(resent.body()).isEqualTo(202);
    awaitOneMailTo(email);
    assertThat(mailsAfterAWhile(email)).hasSize(1);
    assertThat(delivery(mailId).state()).isEqualTo(MailDelivery.State.SENT);
    assertThat(delivery(mailId).resends()).isEqualTo(1);
    events.awaitRecords(
        r -> r.key().equals(mailId) && r.value().contains("notification.MailResent"), 1, WAIT);
    var again =
        http.send("POST", BASE + "/" + mailId + "/resend", TestIssuer.staff(), null, Map.of());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("mail-not-resendable");
  }

  @Test
  void aRecipientTheServerRefusesIsBouncedAtOnceAndStaffSeeIt() throws Exception {
    String mailId = UUID.randomUUID().toString();
    smtp.stop();
    try (var refusing = RefusingSmtp.on(SMTP_PORT)) {
      publish(Topics.INQUIRY_MAILS, mail(mailId, null, "nobody@example.com", "Re: 宛先不明"));

      await()
          .atMost(WAIT)
          .until(
              () ->
                  delivery(mailId) != null
                      && delivery(mailId).state() == MailDelivery.State.BOUNCED);
    }
    var bounced = delivery(mailId);
    assertThat(bounced.attempts()).as("not retried").isEqualTo(1);
    assertThat(bounced.lastError()).startsWith("Recipient refused");
    events.awaitRecords(
        r -> r.key().equals(mailId) && r.value().contains("notification.MailDeliveryFailed"),
        1,
        WAIT);
    var found = get(BASE + "?state=BOUNCED&q=" + encoded("宛先不明"));
    assertThat(found.get("content").get(0).get("id").asString()).isEqualTo(mailId);
    assertThat(found.get("content").get(0).get("resendable").asBoolean()).isTrue();
  }
}
