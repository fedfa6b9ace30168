package jp.azukari.audit.record;

import java.time.Instant;
import java.util.Map;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One immutable record per event: who did what to which entity, when, and from which service. The
 * event id is the record id, so a redelivered event can never make a second record.
 */
@Document("audit_records")
@CompoundIndex(name = "entity_history", def = "{'subject': 1, 'time': -1}")
@CompoundIndex(name = "actor_history", def = "{'actorId': 1, 'time': -1}")
public record AuditRecord(
    @Id String eventId,
    String type,
    String source,
    String subject,
    Instant time,
    String actorId,
    ActorType actorType,
    String actorName,
    String correlationId,
    Map<String, Object> data,
    String topic,
    int partition,
    long offset,
    Instant recordedAt) {

  static AuditRecord of(
      EventEnvelope event, String topic, int partition, long offset, Instant recordedAt) {
    return new AuditRecord(
        event.id(),
        event.type(),
        event.source(),
        event.subject(),
        event.time(),
        event.actorid(),
        event.actortype(),
        event.actorname(),
        event.correlationid(),
        event.data(),
        topic,
        partition,
        offset,
        recordedAt);
  }
}
