package jp.azukari.contracts;

/**
 * The body of an event. {@link #aggregateId()} becomes the envelope's {@code subject} and the Kafka
 * key; the record's {@link EventType} becomes the envelope's {@code type}.
 */
public interface DomainEvent {

  String aggregateId();
}
