package jp.azukari.item;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.platform.events.EventEnvelopes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Other services' events, published onto the embedded Kafka broker as their outbox relays would:
 * one envelope per event with the publisher as source, keyed by the aggregate id.
 */
public final class ForeignEvents implements AutoCloseable {

  private final KafkaProducer<String, String> producer;
  private final EventEnvelopes envelopes;

  public ForeignEvents(String bootstrapServers, EventEnvelopes envelopes) {
    this.producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new StringSerializer());
    this.envelopes = envelopes;
  }

  /** The event in an envelope from {@code source}, e.g. {@code /workflow-service}. */
  public EventEnvelope envelope(String source, DomainEvent event) {
    EventEnvelope own = envelopes.wrap(event);
    return new EventEnvelope(
        own.specversion(),
        own.id(),
        source,
        own.type(),
        own.time(),
        own.subject(),
        own.datacontenttype(),
        "staff-1",
        jp.azukari.contracts.ActorType.STAFF,
        "佐藤 一郎",
        own.correlationid(),
        own.data());
  }

  /** Publishes the event and answers its envelope. */
  public EventEnvelope publish(String topic, String source, DomainEvent event) {
    EventEnvelope envelope = envelope(source, event);
    send(topic, envelope.subject(), envelope);
    return envelope;
  }

  /** Sends an envelope under any key (the key decides the partition, and so the order). */
  public void send(String topic, String key, EventEnvelope envelope) {
    try {
      producer
          .send(new ProducerRecord<>(topic, key, envelopes.toJson(envelope)))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
