package jp.azukari.audit.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.ActorType;

/**
 * What staff see of a record: when, what, to which entity, who, the changed fields' before and
 * after (from the event's {@code data.changes}), the data, the record's place in its chain, where
 * the request came from ({@code clientAddress}, none for the system's own work) and, once the
 * member's personal data was erased, when ({@code erased}; its values are gone).
 */
public record RecordView(
    String eventId,
    Instant time,
    Instant recordedAt,
    String type,
    String action,
    String service,
    String entityType,
    String entityId,
    Actor actor,
    String correlationId,
    List<Change> changes,
    Map<String, Object> data,
    AuditRecord.Chain chain,
    String clientAddress,
    Erased erased) {

  public record Actor(String id, ActorType type, String name) {}

  public record Change(String field, Object before, Object after) {}

  /** The record's personal values were erased at {@code at}; changes name their fields only. */
  public record Erased(Instant at) {}

  public static RecordView of(AuditRecord record) {
    String type = record.type();
    return new RecordView(
        record.eventId(),
        record.time(),
        record.recordedAt(),
        type,
        record.action() != null ? record.action() : EventNames.action(type),
        record.service() != null ? record.service() : EventNames.service(type, record.topic()),
        record.entityType() != null
            ? record.entityType()
            : EventNames.entityType(type, record.topic()),
        record.subject(),
        new Actor(record.actorId(), record.actorType(), record.actorName()),
        record.correlationId(),
        record.erasure() != null ? erasedChanges(record.erasure()) : changes(record.data()),
        record.data(),
        record.chain(),
        record.clientAddress(),
        record.erasure() == null ? null : new Erased(record.erasure().at()));
  }

  private static List<Change> erasedChanges(AuditRecord.Erasure erasure) {
    var changes = new ArrayList<Change>();
    if (erasure.fields() != null) {
      erasure.fields().forEach(field -> changes.add(new Change(field, null, null)));
    }
    return changes;
  }

  static List<Change> changes(Map<String, Object> data) {
    var changes = new ArrayList<Change>();
    if (data != null && data.get("changes") instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof Map<?, ?> change && change.get("field") != null) {
          changes.add(
              new Change(
                  String.valueOf(change.get("field")), change.get("before"), change.get("after")));
        }
      }
    }
    return changes;
  }
}
