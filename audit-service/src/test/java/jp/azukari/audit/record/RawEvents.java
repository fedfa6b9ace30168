package jp.azukari.audit.record;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts records on a topic exactly as given, the way another service's relay (or a faulty one)
 * would: envelopes as JSON, or anything else.
 */
final class RawEvents implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final KafkaProducer<String, String> producer;

  RawEvents(String bootstrapServers) {
    producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new StringSerializer());
  }

  /** An envelope as member-service publishes it: a staff member changed something. */
  static EventEnvelope memberEvent(String subject, String type, Instant time) {
    return new EventEnvelope(
        EventEnvelope.SPEC_VERSION,
        UUID.randomUUID().toString(),
        "/member-service",
        type,
        time,
        subject,
        EventEnvelope.JSON,
        "staff-1",
        ActorType.STAFF,
        "佐藤 一郎",
        "corr-" + UUID.randomUUID(),
        Map.of("memberId", subject));
  }

  static String json(EventEnvelope envelope) {
    return JSON.writeValueAsString(envelope);
  }

  /** Sends and waits until the broker has the record. */
  RecordMetadata send(String topic, String key, String value) {
    try {
      return producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Broker did not take the record", e);
    }
  }

  RecordMetadata send(String topic, EventEnvelope envelope) {
    return send(topic, envelope.subject(), json(envelope));
  }

  @Override
  public void close() {
    producer.close();
  }
}
