package jp.azukari.notification.mail;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.ServiceTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the notification-service's mail tests share: the whole service with a real SMTP server
 * (GreenMail, in-process) that a test may stop, a quick sender, and a producer that publishes other
 * services' events onto Kafka. One Spring context serves every subclass.
 */
@ServiceTest
abstract class MailServiceTest {

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
    // Attempts at about 0, 0.3, 0.9, 1.9 and 2.9 seconds: given up after three seconds.
    registry.add("azukari.mail.max-attempts", () -> "5");
    registry.add("azukari.mail.retry-backoff", () -> "50ms");
    registry.add("azukari.mail.breaker-open-for", () -> "500ms");
  }

  @Autowired KafkaConnectionDetails kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired MongoTemplate mongo;

  protected KafkaProducer<String, String> producer;

  @BeforeEach
  void setUp() {
    if (!smtp.isRunning()) {
      // Stopped by a test, or at the end of another test class sharing it.
      smtp = startSmtp();
    }
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

  /** Publishes the event on the topic as its service's relay does; returns its envelope's id. */
  String publish(String topic, DomainEvent event) {
    var envelope = envelopes.wrap(event);
    send(topic, envelope.subject(), envelopes.toJson(envelope));
    return envelope.id();
  }

  void send(String topic, String key, String json) {
    try {
      producer.send(new ProducerRecord<>(topic, key, json)).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String uniqueEmail() {
    return "hanako+" + UUID.randomUUID() + "@example.com";
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

  static GreenMail startSmtp() {
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
