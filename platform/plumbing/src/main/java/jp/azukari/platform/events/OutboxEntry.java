package jp.azukari.platform.events;

/**
 * An event waiting in its aggregate's document to be published. The payload is the serialized
 * {@link jp.azukari.contracts.EventEnvelope}, exactly as it will go on the wire.
 */
public record OutboxEntry(
    String eventId, String topic, String key, String type, String correlationId, String payload) {}
