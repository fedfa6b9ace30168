package jp.azukari.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.contracts.inquiry.InquiryMailRequested.Kind;
import jp.azukari.contracts.notification.MailDelivered;
import jp.azukari.testsupport.EventsProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inquiry-service's mails to customers go to the address in the event, wrapped in the kind's
 * template, with the Message-ID, In-Reply-To and References it gives, once per mail id.
 */
class InquiryMailTest extends MailServiceTest {

  EventsProbe outcomes;

  @BeforeEach
  void listen() {
    outcomes = new EventsProbe(String.join(",", kafka.getBootstrapServers()), Topics.NOTIFICATION);
  }

  @AfterEach
  void close() {
    outcomes.close();
  }

  static InquiryMailRequested reply(String mailId, String email, Kind kind, String language) {
    return new InquiryMailRequested(
        mailId,
        "inquiry-1",
        kind,
        null,
        email,
        "<鈴木> 一郎",
        language,
        "Re: 査定について",
        "お問い合わせありがとうございます。\n<b>査定</b>は3営業日以内にお知らせします。",
        "<" + mailId + "@azukari.example>",
        "<customer-2@example.com>",
        List.of(
            "<customer-1@example.com>", "<reply-1@azukari.example>", "<customer-2@example.com>"),
        kind == Kind.SURVEY ? "https://azukari.example/survey/abc" : null);
  }

  @Test
  void aReplyGoesOutOnceWithTheThreadsHeadersAndTheTextWrapped() throws Exception {
    String email = uniqueEmail();
    String mailId = UUID.randomUUID().toString();
    // Published twice, as two envelopes: the mail id, not the event id, makes it one mail.
    publish(Topics.INQUIRY_MAILS, reply(mailId, email, Kind.REPLY, "ja"));
    publish(Topics.INQUIRY_MAILS, reply(mailId, email, Kind.REPLY, "ja"));

    var mail = awaitOneMailTo(email);
    assertThat(mailsAfterAWhile(email)).hasSize(1);
    assertThat(mail.getMessageID()).isEqualTo("<" + mailId + "@azukari.example>");
    assertThat(mail.getHeader("In-Reply-To")[0]).isEqualTo("<customer-2@example.com>");
    assertThat(mail.getHeader("References")[0])
        .isEqualTo("<customer-1@example.com> <reply-1@azukari.example> <customer-2@example.com>");
    assertThat(mail.getSubject()).isEqualTo("Re: 査定について");
    // Staff write the whole letter, greeting included: the template adds only the signature.
    assertThat(text(mail))
        .contains("<b>査定</b>は3営業日以内にお知らせします。")
        .contains("Azukari カスタマーサポート")
        .doesNotContain("様");
    assertThat(html(mail)).contains("&lt;b&gt;査定&lt;/b&gt;").doesNotContain("様");

    var record =
        outcomes
            .awaitRecords(
                r -> r.key().equals(mailId) && r.value().contains("MailDelivered"), 1, WAIT)
            .getFirst();
    var delivered = envelopes.data(envelopes.fromJson(record.value()), MailDelivered.class);
    assertThat(delivered)
        .isEqualTo(new MailDelivered(mailId, "inquiry-reply", null, "inquiry", "inquiry-1"));
  }

  @Test
  void aSurveyCarriesItsLinkAndAnAcknowledgementItsKind() throws Exception {
    String email = uniqueEmail();
    String survey = UUID.randomUUID().toString();
    String acknowledgement = UUID.randomUUID().toString();
    publish(Topics.INQUIRY_MAILS, reply(survey, email, Kind.SURVEY, "en"));
    publish(Topics.INQUIRY_MAILS, reply(acknowledgement, email, Kind.ACKNOWLEDGEMENT, "ja"));

    org.awaitility.Awaitility.await().atMost(WAIT).until(() -> mailsTo(email).size() == 2);
    var surveyMail =
        mailsTo(email).stream()
            .filter(m -> text(m).contains("Answer the survey"))
            .findFirst()
            .orElseThrow();
    assertThat(text(surveyMail)).contains("https://azukari.example/survey/abc");
    assertThat(html(surveyMail)).contains("href=\"https://azukari.example/survey/abc\"");
    assertThat(delivery(survey).kind()).isEqualTo("inquiry-survey");
    assertThat(delivery(acknowledgement).kind()).isEqualTo("inquiry-acknowledgement");
  }

  static String text(jakarta.mail.internet.MimeMessage message) {
    try {
      return MailServiceTest.text(message);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
