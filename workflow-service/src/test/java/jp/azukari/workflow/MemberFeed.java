package jp.azukari.workflow;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.member.VerificationDecided;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.core.type.TypeReference;

/**
 * Plays member-service and notification-service on the embedded Kafka: publishes their events as
 * their outbox relays do, and waits until workflow-service has taken them in.
 */
public final class MemberFeed implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(30);
  private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {};

  private final KafkaProducer<String, String> producer;
  private final MongoTemplate mongo;

  public MemberFeed(String bootstrapServers, MongoTemplate mongo) {
    this.producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new StringSerializer());
    this.mongo = mongo;
  }

  /** The event in an envelope from {@code /member-service} (or another source), as sent. */
  public static EventEnvelope envelope(String source, DomainEvent event) {
    return new EventEnvelope(
        EventEnvelope.SPEC_VERSION,
        UUID.randomUUID().toString(),
        source,
        event.getClass().getAnnotation(EventType.class).value(),
        Instant.now(),
        event.aggregateId(),
        EventEnvelope.JSON,
        "staff-1",
        ActorType.STAFF,
        "佐藤 一郎",
        UUID.randomUUID().toString(),
        RequestsApi.JSON.convertValue(event, DATA));
  }

  /** Publishes a member-service event on {@code member.events}; returns its envelope. */
  public EventEnvelope member(DomainEvent event) {
    var envelope = envelope("/member-service", event);
    send(Topics.MEMBER, envelope);
    return envelope;
  }

  /** Publishes a notification-service event on {@code notification.events}. */
  public EventEnvelope notification(DomainEvent event) {
    var envelope = envelope("/notification-service", event);
    send(Topics.NOTIFICATION, envelope);
    return envelope;
  }

  public void send(String topic, EventEnvelope envelope) {
    try {
      producer
          .send(
              new ProducerRecord<>(
                  topic, envelope.subject(), RequestsApi.JSON.writeValueAsString(envelope)))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Not published: " + e.getMessage(), e);
    }
  }

  /** A member as member-service announced them, named; waits until workflow-service knows. */
  public void named(String memberId, String familyName, String givenName) {
    member(new MemberCreated(memberId, memberId + "@example.com", "PROVISIONAL"));
    member(
        new ProfileChanged(
            memberId,
            List.of(
                new FieldChange("familyName", null, familyName),
                new FieldChange("givenName", null, givenName))));
    awaitMember(memberId, member -> givenName.equals(member.getString("givenName")));
  }

  /** A named member whose identity a verifier confirmed; waits until workflow-service knows. */
  public void verified(String memberId, String familyName, String givenName) {
    named(memberId, familyName, givenName);
    member(
        new VerificationDecided(
            memberId,
            "VERIFIED",
            null,
            List.of(new FieldChange("verification.state", "PENDING", "VERIFIED"))));
    awaitMember(memberId, member -> "VERIFIED".equals(member.getString("verification")));
  }

  /** Waits until workflow-service's record of the member satisfies {@code condition}. */
  public Document awaitMember(String memberId, Predicate<Document> condition) {
    return await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> mongo.getCollection("members").find(new Document("_id", memberId)).first(),
            member -> member != null && condition.test(member));
  }

  @Override
  public void close() {
    producer.close();
  }
}
