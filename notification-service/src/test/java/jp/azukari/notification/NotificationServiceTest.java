package jp.azukari.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the in-app, segment and newsletter tests share: the whole service with a real SMTP server
 * (GreenMail, in-process), a quick newsletter sender (10 mails a second), members fed in through
 * the member-service's events, and HTTP helpers. One Spring context serves every subclass.
 */
@ServiceTest
public abstract class NotificationServiceTest {

  protected static final Duration WAIT = Duration.ofSeconds(30);
  protected static final JsonMapper JSON = JsonMapper.builder().build();
  static final int SMTP_PORT = freePort();
  protected static GreenMail smtp = startSmtp();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("azukari.newsletter.send-interval", () -> "100ms");
    registry.add("azukari.newsletter.rate-per-minute", () -> "600");
    registry.add("azukari.newsletter.resolve-batch", () -> "5");
    registry.add("azukari.broadcast.batch-size", () -> "3");
    registry.add("azukari.broadcast.fan-out-interval", () -> "100ms");
  }

  @Autowired protected KafkaConnectionDetails kafka;
  @Autowired protected EventEnvelopes envelopes;
  @Autowired protected MongoTemplate mongo;
  @LocalServerPort protected int port;

  protected KafkaProducer<String, String> producer;
  protected TestHttp http;

  @BeforeEach
  void setUpProducer() {
    if (!smtp.isRunning()) {
      smtp = startSmtp();
    }
    http = TestHttp.on(port);
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers())),
            new StringSerializer(),
            new StringSerializer());
  }

  @AfterEach
  void closeProducer() {
    producer.close();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  /** Publishes the event as its service's relay does; returns its envelope's id. */
  protected String publish(String topic, DomainEvent event) {
    return send(topic, envelopes.wrap(event));
  }

  /** Publishes the event as done by the member themselves at the time given. */
  protected String publishByMember(String topic, DomainEvent event, String memberId, Instant at) {
    var wrapped = envelopes.wrap(event);
    var envelope =
        new EventEnvelope(
            wrapped.specversion(),
            wrapped.id(),
            wrapped.source(),
            wrapped.type(),
            at,
            wrapped.subject(),
            wrapped.datacontenttype(),
            memberId,
            ActorType.MEMBER,
            null,
            wrapped.correlationid(),
            wrapped.data());
    return send(topic, envelope);
  }

  protected String send(String topic, EventEnvelope envelope) {
    try {
      producer
          .send(new ProducerRecord<>(topic, envelope.subject(), envelopes.toJson(envelope)))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return envelope.id();
  }

  /** A member with an address in the prefecture given; returns the member's id once known. */
  protected String member(String email, String status, String prefecture) {
    String memberId = "member-" + UUID.randomUUID();
    publish(Topics.MEMBER, new MemberCreated(memberId, email, status, "WEB", true));
    if (prefecture != null) {
      publish(
          Topics.MEMBER,
          new ProfileChanged(
              memberId, List.of(new FieldChange("address.prefecture", null, prefecture))));
    }
    awaitRecipient(memberId, "prefecture", prefecture);
    return memberId;
  }

  /** Waits until the read model shows the attribute's value for the member. */
  protected void awaitRecipient(String memberId, String attribute, Object value) {
    await()
        .atMost(WAIT)
        .until(
            () -> {
              Document doc = mongo.findById(memberId, Document.class, "mail_recipients");
              return doc != null && (value == null || value.equals(doc.get(attribute)));
            });
  }

  protected static String uniqueEmail() {
    return "taro+" + UUID.randomUUID() + "@example.com";
  }

  protected static String uniquePrefecture() {
    return "県-" + UUID.randomUUID();
  }

  protected static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  protected static String toJson(Object value) {
    return JSON.writeValueAsString(value);
  }

  protected static List<MimeMessage> mailsTo(String email) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            message -> {
              try {
                return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equals(email));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  protected static void assertStatus(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
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
