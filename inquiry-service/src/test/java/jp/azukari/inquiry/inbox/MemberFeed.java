package jp.azukari.inquiry.inbox;

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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.core.type.TypeReference;

/** Plays the member-service on the embedded Kafka and waits until the inbox has taken it in. */
public final class MemberFeed implements AutoCloseable {

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

  public EventEnvelope member(DomainEvent event) {
    return publish(Topics.MEMBER, "/member-service", event);
  }

  /** Publishes a notification-service event on {@code notification.events}. */
  public EventEnvelope notification(DomainEvent event) {
    return publish(Topics.NOTIFICATION, "/notification-service", event);
  }

  private EventEnvelope publish(String topic, String source, DomainEvent event) {
    var envelope =
        new EventEnvelope(
            EventEnvelope.SPEC_VERSION,
            UUID.randomUUID().toString(),
            source,
            event.getClass().getAnnotation(EventType.class).value(),
            Instant.now(),
            event.aggregateId(),
            EventEnvelope.JSON,
            event.aggregateId(),
            ActorType.MEMBER,
            "member",
            UUID.randomUUID().toString(),
            InboxApi.JSON.convertValue(event, DATA));
    try {
      producer
          .send(
              new ProducerRecord<>(
                  topic, envelope.subject(), InboxApi.JSON.writeValueAsString(envelope)))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Not published: " + e.getMessage(), e);
    }
    return envelope;
  }

  /** A member with a name, address and phone; waits until the inbox knows them. */
  public void known(String memberId, String email, String phone) {
    member(new MemberCreated(memberId, email, "ACTIVE"));
    member(
        new ProfileChanged(
            memberId,
            List.of(
                new FieldChange("familyName", null, "山田"),
                new FieldChange("givenName", null, "花子"),
                new FieldChange("phone", null, phone))));
    awaitMember(memberId, member -> "花子".equals(member.getString("givenName")));
  }

  public Document awaitMember(String memberId, Predicate<Document> condition) {
    return await()
        .atMost(Duration.ofSeconds(30))
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
