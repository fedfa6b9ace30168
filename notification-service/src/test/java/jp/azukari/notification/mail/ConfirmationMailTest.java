package jp.azukari.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.ConfirmationLinkIssued;
import jp.azukari.contracts.member.ConfirmationLinkIssued.Purpose;
import org.junit.jupiter.api.Test;

/**
 * Confirmation links from the member-service become mails on a real SMTP server (GreenMail,
 * in-process): exactly one per event, however often Kafka delivers it and however long the SMTP
 * server is away.
 */
class ConfirmationMailTest extends MailServiceTest {

  static ConfirmationLinkIssued link(String email, Purpose purpose, String language, String name) {
    return new ConfirmationLinkIssued(
        UUID.randomUUID().toString(),
        email,
        purpose,
        "http://localhost:8080/signup/confirm#token=abc_DEF-123",
        Instant.parse("2026-11-23T01:00:00Z"),
        language,
        null,
        name);
  }

  /** Publishes the event as the member-service's relay does; returns its envelope's id. */
  String publish(ConfirmationLinkIssued event) {
    return publish(Topics.MEMBER_LINKS, event);
  }

  void send(String key, String json) {
    send(Topics.MEMBER_LINKS, key, json);
  }

  @Test
  void aLinkIsMailedExactlyOnceEvenWhenItsEventArrivesTwice() throws Exception {
    String email = uniqueEmail();
    var envelope = envelopes.wrap(link(email, Purpose.SIGN_UP, "ja", null));
    String json = envelopes.toJson(envelope);

    send(envelope.subject(), json);
    send(envelope.subject(), json);

    var mail = awaitOneMailTo(email);
    assertThat(mailsAfterAWhile(email)).hasSize(1);
    assertThat(mail.getHeader("X-Azukari-Delivery")[0]).isEqualTo(envelope.id());
    await().atMost(WAIT).until(() -> delivery(envelope.id()).state() == MailDelivery.State.SENT);
    var delivered = delivery(envelope.id());
    assertThat(delivered.attempts()).isEqualTo(1);
    assertThat(delivered.html()).as("the link's secret is not kept once sent").isNull();
  }

  @Test
  void anSmtpOutageDelaysTheMailButNeitherLosesNorDuplicatesIt() throws Exception {
    String email = uniqueEmail();
    smtp.stop();

    String eventId = publish(link(email, Purpose.SIGN_UP, "ja", null));

    await()
        .atMost(WAIT)
        .until(
            () -> {
              var delivery = delivery(eventId);
              return delivery != null && delivery.attempts() >= 2;
            });
    var waiting = delivery(eventId);
    assertThat(waiting.state()).isEqualTo(MailDelivery.State.QUEUED);
    assertThat(waiting.lastError()).isNotBlank();
    smtp = startSmtp();
    awaitOneMailTo(email);
    assertThat(mailsAfterAWhile(email)).hasSize(1);
    assertThat(delivery(eventId).state()).isEqualTo(MailDelivery.State.SENT);
  }

  @Test
  void mailsAreJapaneseUnlessEnglishIsAskedForAndEscapeWhatTheyShow() throws Exception {
    String japanese = uniqueEmail();
    String english = uniqueEmail();

    publish(link(japanese, Purpose.SIGN_UP, null, null));
    publish(link(english, Purpose.STAFF_APPLICATION, "en", "<b>Yamada</b> & Co"));

    var ja = awaitOneMailTo(japanese);
    assertThat(ja.getSubject()).isEqualTo("【Azukari】メールアドレスの確認と会員登録のご案内");
    assertThat(text(ja))
        .contains("http://localhost:8080/signup/confirm#token=abc_DEF-123")
        .contains("2026年11月23日 10:00");
    var en = awaitOneMailTo(english);
    assertThat(en.getSubject())
        .isEqualTo("[Azukari] Thank you for applying: please confirm your email address");
    assertThat(html(en))
        .contains("Dear &lt;b&gt;Yamada&lt;/b&gt; &amp; Co,")
        .doesNotContain("<b>Yamada</b>")
        .contains("23 November 2026, 10:00 JST");
    assertThat(text(en)).contains("Dear <b>Yamada</b> & Co,");
  }

  @Test
  void anAlreadyRegisteredAddressIsToldToLogIn() throws Exception {
    String email = uniqueEmail();
    var notice =
        new ConfirmationLinkIssued(
            UUID.randomUUID().toString(),
            email,
            Purpose.ALREADY_REGISTERED,
            "http://localhost:8080/login",
            null,
            "en",
            "member-1",
            null);

    publish(notice);

    var mail = awaitOneMailTo(email);
    assertThat(mail.getSubject()).isEqualTo("[Azukari] This email address is already registered");
    assertThat(text(mail)).contains("http://localhost:8080/login").contains("Forgot password?");
  }

  @Test
  void anAddressWithALineBreakIsRefusedAndNoOneGetsTheMail() throws Exception {
    String victim = uniqueEmail();
    String injected = uniqueEmail() + "\r\nBcc: " + victim;

    String eventId = publish(link(injected, Purpose.SIGN_UP, "ja", null));

    await()
        .atMost(WAIT)
        .until(
            () ->
                delivery(eventId) != null
                    && delivery(eventId).state() == MailDelivery.State.FAILED);
    assertThat(delivery(eventId).lastError()).contains("line break");
    assertThat(mailsAfterAWhile(victim)).isEmpty();
  }

  @Test
  void aNameWithALineBreakStaysOnOneLineInTheHeader() throws Exception {
    String email = uniqueEmail();
    String victim = uniqueEmail();

    publish(link(email, Purpose.STAFF_APPLICATION, "en", "Yamada\r\nBcc: " + victim));

    var mail = awaitOneMailTo(email);
    assertThat(mail.getRecipients(Message.RecipientType.BCC)).isNull();
    assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
        .isEqualTo("Yamada Bcc: " + victim);
    // Long headers are folded (CRLF + space); unfolded, the name is one quoted line.
    assertThat(jakarta.mail.internet.MimeUtility.unfold(mail.getHeader("To")[0]))
        .doesNotContain("\r")
        .doesNotContain("\n")
        .startsWith("\"Yamada Bcc: ");
    assertThat(mailsAfterAWhile(victim)).isEmpty();
  }
}
