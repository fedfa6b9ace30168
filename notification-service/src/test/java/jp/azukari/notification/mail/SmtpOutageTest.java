package jp.azukari.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The SMTP server goes down and comes back (a real GreenMail, stopped and started): the circuit
 * breaker opens, the service stays healthy and shows the breaker, the mails wait QUEUED and each
 * goes out exactly once when the server returns.
 */
class SmtpOutageTest extends MailServiceTest {

  @Autowired SmtpHealthIndicator health;
  @LocalServerPort int port;

  static InquiryMailRequested mail(String mailId, String email) {
    return new InquiryMailRequested(
        mailId,
        "inquiry-" + mailId,
        InquiryMailRequested.Kind.REPLY,
        null,
        email,
        null,
        "ja",
        "Re: お問い合わせ",
        "ご連絡ありがとうございます。",
        "<" + mailId + "@azukari.example>",
        null,
        List.of(),
        null);
  }

  @Test
  void mailsSentWhileTheServerIsDownGoOutOnceWhenItReturns() {
    smtp.stop();
    List<String> emails = IntStream.range(0, 3).mapToObj(i -> uniqueEmail()).toList();
    List<String> ids = emails.stream().map(e -> UUID.randomUUID().toString()).toList();
    for (int i = 0; i < emails.size(); i++) {
      publish(Topics.INQUIRY_MAILS, mail(ids.get(i), emails.get(i)));
    }

    await().atMost(WAIT).until(() -> "OPEN".equals(health.health().getDetails().get("circuit")));
    var http = TestHttp.on(port);
    assertThat(http.get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
    assertThat(health.health().getDetails()).containsKey("lastError");
    await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> delivery(id) != null));
    assertThat(ids).allMatch(id -> delivery(id).state() == MailDelivery.State.QUEUED);

    smtp = startSmtp();

    await()
        .atMost(WAIT)
        .until(() -> ids.stream().allMatch(id -> delivery(id).state() == MailDelivery.State.SENT));
    for (String email : emails) {
      assertThat(mailsAfterAWhile(email)).as(email).hasSize(1);
    }
    await().atMost(WAIT).until(() -> "CLOSED".equals(health.health().getDetails().get("circuit")));
  }
}
