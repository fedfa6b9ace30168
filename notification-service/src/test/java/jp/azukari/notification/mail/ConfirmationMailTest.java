package jp.azukari.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.ConfirmationLinkIssued;
import jp.azukari.contracts.member.ConfirmationLinkIssued.Purpose;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.ServiceTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Confirmation links from the member-service become mails on a real SMTP server (GreenMail,
 * in-process): exactly one per event, however often Kafka delivers it and however long the SMTP
 * server is away.
 */
@ServiceTest
class ConfirmationMailTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final int SMTP_PORT = freePort();
  static GreenMail smtp = startSmtp();

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("azukari.mail.send-interval", () -> "200ms");
    registry.add("azukari.mail.initial-backoff", () -> "300ms");
    registry.add("azukari.mail.max-backoff", () -> "1s");
  }

  @Autowired KafkaConnectionDetails kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired MongoTemplate mongo;

  KafkaProducer<String, String> producer;

  @BeforeEach
  void setUp() {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers())),
            new StringSerializer(),
            new StringSerializer());
  }

  @AfterEach
  void tearDown() {
    producer.close();
    if (!smtp.isRunning()) {
      smtp = startSmtp();
    }
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  static String uniqueEmail() {
    return "hanako+" + UUID.randomUUID() + "@example.com";
  }

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
    var envelope = envelopes.wrap(event);
    send(envelope.subject(), envelopes.toJson(envelope));
    return envelope.id();
  }

  void send(String key, String json) {
    try {
      producer.send(new ProducerRecord<>(Topics.MEMBER_LINKS, key, json)).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<MimeMessage> mailsTo(String email) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> recipients(message).contains(email))
        .toList();
  }

  static MimeMessage awaitOneMailTo(String email) {
    await().atMost(WAIT).until(() -> !mailsTo(email).isEmpty());
    return mailsTo(email).getFirst();
  }

  /** Waits a while longer than the sender needs for a second mail, then counts. */
  static List<MimeMessage> mailsAfterAWhile(String email) {
    await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
    return mailsTo(email);
  }

  MailDelivery delivery(String eventId) {
    return mongo.findById(eventId, MailDelivery.class);
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

  static List<String> recipients(MimeMessage message) {
    try {
      Address[] all = message.getAllRecipients();
      return all == null
          ? List.of()
          : Arrays.stream(all).map(a -> ((InternetAddress) a).getAddress()).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(Part part) throws Exception {
    return part(part, "text/plain");
  }

  static String html(Part part) throws Exception {
    return part(part, "text/html");
  }

  private static String part(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = part(multipart.getBodyPart(i), type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static GreenMail startSmtp() {
    var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
