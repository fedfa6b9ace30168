package jp.azukari.audit.record;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One immutable record per event: who did what to which entity, when, and from which service. The
 * event id is the record id, so a redelivered event can never make a second record. Records written
 * since the hash chain was introduced carry their {@link Chain} link; older ones have none.
 *
 * <p>Indexes: each search filter's field(s) followed by the time and event id, so a filtered page
 * is read newest first straight from the index (keyset paging on {@code time, _id}).
 */
@Document("audit_records")
@CompoundIndex(name = "entity_history", def = "{'subject': 1, 'time': -1}")
@CompoundIndex(name = "actor_history", def = "{'actorId': 1, 'time': -1}")
@CompoundIndex(name = "newest", def = "{'time': -1, '_id': -1}")
@CompoundIndex(name = "by_entity", def = "{'entityType': 1, 'subject': 1, 'time': -1, '_id': -1}")
@CompoundIndex(name = "by_actor", def = "{'actorId': 1, 'time': -1, '_id': -1}")
@CompoundIndex(name = "by_actor_name", def = "{'actorName': 1, 'time': -1, '_id': -1}")
@CompoundIndex(name = "by_action", def = "{'action': 1, 'time': -1, '_id': -1}")
@CompoundIndex(name = "by_type", def = "{'type': 1, 'time': -1, '_id': -1}")
// Sparse: records from before the chain have neither field and stay out of the unique index.
@CompoundIndex(
    name = "chain_link",
    def = "{'chain.stream': 1, 'chain.sequence': 1}",
    unique = true,
    sparse = true)
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
    Instant recordedAt,
    String service,
    String action,
    String entityType,
    String searchText,
    Chain chain,
    String clientAddress,
    Seal seal,
    Erasure erasure) {

  /**
   * The record's place in its stream: its sequence number, the hash of its content and the hash of
   * the record before it (null for the first of a stream).
   */
  public record Chain(String stream, long sequence, String hash, String previousHash) {}

  /**
   * The record's personal values (its data, and the actor's name when the actor is a member) are
   * hashed into the chain only through {@code digest}, their SHA-256 salted with {@code salt}. An
   * erasure removes the values and the salt but keeps the digest, so the chain still verifies and
   * nothing of the values can be guessed back from it.
   */
  public record Seal(String salt, String digest) {}

  /**
   * The record's personal values were erased, because of the erasure event {@code eventId} at
   * {@code at}; the names of the fields that changed remain, their values do not.
   */
  public record Erasure(String eventId, Instant at, List<String> fields) {}

  /**
   * The next record of a stream at {@code sequence}, linked to the hash of the record before it
   * (null when it is the first).
   */
  static AuditRecord of(
      EventEnvelope event,
      String topic,
      int partition,
      long offset,
      Instant recordedAt,
      String stream,
      long sequence,
      String previousHash) {
    String type = event.type();
    var unlinked =
        new AuditRecord(
            event.id(),
            type,
            event.source(),
            event.subject(),
            // MongoDB keeps dates to the millisecond: the hash is taken over what is read back.
            millis(event.time()),
            event.actorid(),
            event.actortype(),
            event.actorname(),
            event.correlationid(),
            StoredValues.normalised(event.data()),
            topic,
            partition,
            offset,
            millis(recordedAt),
            EventNames.service(type, topic),
            EventNames.action(type),
            EventNames.entityType(type, topic),
            null,
            null,
            event.clientaddress(),
            null,
            null);
    String salt = RecordHash.newSalt();
    var sealed = unlinked.withSeal(new Seal(salt, RecordHash.sealDigest(salt, unlinked)));
    var placed = sealed.withChain(new Chain(stream, sequence, null, previousHash));
    return placed
        .withChain(new Chain(stream, sequence, RecordHash.of(placed), previousHash))
        .withSearchText(SearchText.of(placed));
  }

  AuditRecord withChain(Chain chain) {
    return new AuditRecord(
        eventId,
        type,
        source,
        subject,
        time,
        actorId,
        actorType,
        actorName,
        correlationId,
        data,
        topic,
        partition,
        offset,
        recordedAt,
        service,
        action,
        entityType,
        searchText,
        chain,
        clientAddress,
        seal,
        erasure);
  }

  AuditRecord withSearchText(String searchText) {
    return new AuditRecord(
        eventId,
        type,
        source,
        subject,
        time,
        actorId,
        actorType,
        actorName,
        correlationId,
        data,
        topic,
        partition,
        offset,
        recordedAt,
        service,
        action,
        entityType,
        searchText,
        chain,
        clientAddress,
        seal,
        erasure);
  }

  AuditRecord withSeal(Seal seal) {
    return new AuditRecord(
        eventId,
        type,
        source,
        subject,
        time,
        actorId,
        actorType,
        actorName,
        correlationId,
        data,
        topic,
        partition,
        offset,
        recordedAt,
        service,
        action,
        entityType,
        searchText,
        chain,
        clientAddress,
        seal,
        erasure);
  }

  private static Instant millis(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
