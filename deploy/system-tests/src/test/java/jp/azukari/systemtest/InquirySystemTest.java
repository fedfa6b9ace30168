package jp.azukari.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The team inbox on the running system: a customer's mail (Japanese subject, ISO-2022-JP body)
 * arrives at the shop's mailbox, becomes an inquiry, staff open it (the opening is on the inquiry
 * and in the audit log), take the reply lock and answer; the answer reaches the customer's mailbox
 * threaded to their mail, and the customer's answer to it threads back into the same inquiry.
 */
@EnabledIfSystemProperty(named = "azukari.system", matches = "true")
class InquirySystemTest {

  static final String GATEWAY = RegistrationAuditTrailSystemTest.GATEWAY;
  static final String SHOP = System.getProperty("azukari.shop.mail", "shop@azukari.example");
  static final String SMTP_HOST = System.getProperty("azukari.smtp.host", "127.0.0.1");
  static final String SMTP_PORT = System.getProperty("azukari.smtp.port", "3025");

  @Test
  void aMailToTheShopIsAnsweredIntoTheCustomersMailboxAndTheAnswerThreadsBack() throws Exception {
    String customer = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    String subject = "査定について " + UUID.randomUUID().toString().substring(0, 6);
    String firstId = send(customer, subject, "腕時計の査定はいつ頃になりますか。", null);

    var staff = new Browser(GATEWAY);
    staff.logIn("staff@example.com", RegistrationAuditTrailSystemTest.PASSWORD);
    String inquiryId =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> {
                  var found =
                      staff.getApi(
                          "/api/inquiries?q=" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
                  return found.statusCode() == 200
                      ? JsonPath.<List<String>>read(found.body(), "$.content[*].id")
                      : List.<String>of();
                },
                ids -> ids.size() == 1)
            .getFirst();

    var opened = staff.getApi("/api/inquiries/" + inquiryId);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    assertThat(JsonPath.<String>read(opened.body(), "$.channel")).isEqualTo("MAIL");
    assertThat(JsonPath.<String>read(opened.body(), "$.subject")).isEqualTo(subject);
    assertThat(JsonPath.<List<String>>read(opened.body(), "$.messages[*].text"))
        .anySatisfy(text -> assertThat(text).contains("腕時計の査定"));
    assertThat(JsonPath.<List<String>>read(opened.body(), "$.views[*].name")).contains("佐藤 一郎");
    String customerMessage = JsonPath.read(opened.body(), "$.messages[0].id");

    var lock = staff.postApi("/api/inquiries/" + inquiryId + "/lock", "{}");
    assertThat(lock.statusCode()).as(lock.body()).isEqualTo(200);
    var replied =
        staff.sendApi(
            "POST",
            "/api/inquiries/" + inquiryId + "/replies",
            """
            {"text":"お問い合わせありがとうございます。査定は到着後3営業日以内です。",
             "inReplyTo":"%s","state":"PENDING_CUSTOMER"}
            """
                .formatted(customerMessage),
            Map.of("If-Match", VerifiedMembers.etag(opened)));
    assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);

    // Out of business hours an acknowledgement comes too: the answer is the mail to their mail.
    MimeMessage answer =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> mailContaining(customer, "3営業日以内"), Optional::isPresent)
            .orElseThrow();
    assertThat(MailServer.text(answer)).contains("3営業日以内");
    assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(firstId);
    assertThat(answer.getSubject()).contains(subject);

    // The customer answers from their mail client: it threads into the same inquiry.
    send(customer, "Re: " + answer.getSubject(), "ありがとうございます。了解しました。", answer);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              var again = staff.getApi("/api/inquiries/" + inquiryId + "?peek=true");
              assertThat(JsonPath.<List<String>>read(again.body(), "$.messages[*].kind"))
                  .containsExactly("CUSTOMER", "REPLY", "CUSTOMER");
              assertThat(JsonPath.<String>read(again.body(), "$.state")).isEqualTo("IN_PROGRESS");
            });

    // Who opened the inquiry is on the audit log.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              var history =
                  staff.getApi(
                      "/api/audit/records?entityType=inquiry&entityId=" + inquiryId + "&size=50");
              assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
              assertThat(JsonPath.<List<String>>read(history.body(), "$.content[*].action"))
                  .contains("InquiryReceived", "InquiryViewed", "InquiryReplied");
            });
  }

  private static Optional<MimeMessage> mailContaining(String email, String text) throws Exception {
    for (var mail : MailServer.inbox(email)) {
      if (MailServer.text(mail).contains(text)) {
        return Optional.of(mail);
      }
    }
    return Optional.empty();
  }

  /** Sends a customer's mail to the shop through the real SMTP server; returns its Message-ID. */
  private static String send(String from, String subject, String text, MimeMessage answering)
      throws Exception {
    var properties = new Properties();
    properties.put("mail.smtp.host", SMTP_HOST);
    properties.put("mail.smtp.port", SMTP_PORT);
    var mail = new MimeMessage(Session.getInstance(properties));
    mail.setFrom(new InternetAddress(from, "山田 花子", "ISO-2022-JP"));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress(SHOP));
    mail.setSubject(subject, "ISO-2022-JP");
    mail.setText(text, "ISO-2022-JP");
    if (answering != null) {
      String answered = answering.getMessageID();
      mail.setHeader("In-Reply-To", answered);
      String references = answering.getHeader("References", " ");
      mail.setHeader("References", references == null ? answered : references + " " + answered);
    }
    mail.saveChanges();
    Transport.send(mail);
    return mail.getMessageID();
  }
}
