package jp.azukari.platform.events;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.Actor;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.EventType;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.web.Correlation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds envelopes for this service's events and reads other services' envelopes. The actor comes
 * from the authenticated token (never from a request body), the correlation id from the current
 * request or consumed event, the client address from the request the gateway relayed.
 */
public class EventEnvelopes {

  private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {};

  private final JsonMapper json;
  private final CurrentActor currentActor;
  private final EventsProperties properties;
  private final Clock clock;

  public EventEnvelopes(
      JsonMapper json, CurrentActor currentActor, EventsProperties properties, Clock clock) {
    this.json = json;
    this.currentActor = currentActor;
    this.properties = properties;
    this.clock = clock;
  }

  public EventEnvelope wrap(DomainEvent event) {
    Actor actor = currentActor.get();
    return new EventEnvelope(
        EventEnvelope.SPEC_VERSION,
        UUID.randomUUID().toString(),
        properties.source(),
        typeOf(event),
        clock.instant(),
        event.aggregateId(),
        EventEnvelope.JSON,
        actor.id(),
        actor.type(),
        actor.name(),
        Correlation.currentOrNew(),
        json.convertValue(event, DATA),
        currentActor.clientAddress());
  }

  /**
   * The event wrapped for the outbox, addressed to the topic its {@link EventType#topic()} names or
   * else to this service's own topic.
   */
  OutboxEntry outboxEntry(DomainEvent event) {
    EventEnvelope envelope = wrap(event);
    return new OutboxEntry(
        envelope.id(),
        topicOf(event),
        envelope.subject(),
        envelope.type(),
        envelope.correlationid(),
        toJson(envelope));
  }

  public String toJson(EventEnvelope envelope) {
    return json.writeValueAsString(envelope);
  }

  /**
   * Reads an envelope from the wire.
   *
   * @throws MalformedEventException if the payload is not JSON or lacks the attributes every event
   *     has
   */
  public EventEnvelope fromJson(String payload) {
    EventEnvelope envelope;
    try {
      envelope = json.readValue(payload, EventEnvelope.class);
    } catch (JacksonException e) {
      throw new MalformedEventException("Not an event envelope: " + e.getOriginalMessage(), e);
    }
    if (envelope == null
        || envelope.id() == null
        || envelope.type() == null
        || envelope.source() == null) {
      throw new MalformedEventException(
          "Not an event envelope: id, source and type are required", null);
    }
    return envelope;
  }

  /** The envelope's data as the event record the publisher's contract defines. */
  public <T> T data(EventEnvelope envelope, Class<T> type) {
    return json.convertValue(envelope.data(), type);
  }

  String topicOf(DomainEvent event) {
    String topic = annotation(event).topic();
    return topic.isBlank() ? properties.topic() : topic;
  }

  static String typeOf(DomainEvent event) {
    return annotation(event).value();
  }

  private static EventType annotation(DomainEvent event) {
    EventType type = event.getClass().getAnnotation(EventType.class);
    if (type == null) {
      throw new IllegalArgumentException(
          event.getClass().getName() + " is not annotated with @EventType");
    }
    return type;
  }
}
