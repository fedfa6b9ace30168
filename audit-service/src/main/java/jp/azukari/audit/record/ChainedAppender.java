package jp.azukari.audit.record;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import jp.azukari.contracts.EventEnvelope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Appends an event's record to the hash chain of its stream (one stream per topic partition, the
 * unit Kafka keeps in order and gives to one consumer at a time).
 *
 * <p>The record and its link are one document written by one insert, so a consumer killed at any
 * point leaves either no record or a whole one. The event id is the record id: a redelivered event
 * runs into its own record and stops. Two writers on one stream (a rebalance overlapping a slow
 * consumer) cannot fork the chain: the unique index on {@code chain.stream, chain.sequence} refuses
 * the second record for a sequence, whose writer then reads the new head and tries again.
 *
 * <p>The link to the previous record comes from the last one this instance appended to the stream
 * when it has one (a stream's writer is usually the same for a long time), else from the database.
 * A remembered link can only be behind the real one (sequences only grow), and then its sequence is
 * taken: the insert is refused and the writer reads the database. After each append the stream's
 * {@link StreamHead} moves forward to the new record.
 */
@Component
class ChainedAppender {

  private static final int ATTEMPTS = 30;

  private final MongoTemplate mongo;
  private final Clock clock;
  private final Map<String, Link> lastAppended = new ConcurrentHashMap<>();

  ChainedAppender(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** Where the next record of a stream goes: after {@code sequence}, linked to {@code hash}. */
  private record Link(long sequence, String hash) {}

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + 2L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while appending to the audit log", e);
    }
  }

  static String stream(String topic, int partition) {
    return topic + "-" + partition;
  }

  void append(EventEnvelope event, String topic, int partition, long offset) {
    String stream = stream(topic, partition);
    for (int attempt = 1; ; attempt++) {
      Link last = lastAppended.get(stream);
      if (last == null) {
        var recorded = mongo.findById(event.id(), AuditRecord.class);
        if (recorded != null) {
          // A redelivered event: its record exists already (its head may not have moved if the
          // writer stopped right after the insert).
          if (recorded.chain() != null) {
            advanceHead(recorded);
          }
          return;
        }
        last = lastInDatabase(stream);
      }
      var record =
          AuditRecord.of(
              event,
              topic,
              partition,
              offset,
              clock.instant(),
              stream,
              last.sequence() + 1,
              last.hash());
      try {
        mongo.insert(record);
        lastAppended.put(stream, new Link(record.chain().sequence(), record.chain().hash()));
        advanceHead(record);
        return;
      } catch (DuplicateKeyException taken) {
        // The event was recorded before (redelivered), or the sequence was taken meanwhile (another
        // writer, or what this instance remembered is behind): look again in the database, after a
        // short random pause so racing writers fall apart. Giving up is safe too: the listener's
        // error handler delivers the event again later, and nothing was written.
        lastAppended.remove(stream);
        if (attempt >= ATTEMPTS) {
          throw taken;
        }
        if (attempt > 1) {
          pause(attempt);
        }
      }
    }
  }

  private Link lastInDatabase(String stream) {
    AuditRecord last =
        mongo.findOne(
            Query.query(Criteria.where("chain.stream").is(stream))
                .with(Sort.by(Sort.Direction.DESC, "chain.sequence"))
                .limit(1),
            AuditRecord.class);
    if (last != null) {
      return new Link(last.chain().sequence(), last.chain().hash());
    }
    // Empty: a new stream, or one whose every record has expired, which goes on from its anchor.
    var anchor = mongo.findById(stream, ChainAnchor.class);
    return anchor == null ? new Link(0, null) : new Link(anchor.sequence(), anchor.hash());
  }

  /**
   * Moves the stream's head to {@code record} unless it is there or further already. A writer
   * stopped between its insert and this leaves the head one behind, which the next append mends.
   */
  private void advanceHead(AuditRecord record) {
    var chain = record.chain();
    try {
      mongo.upsert(
          Query.query(
              Criteria.where("_id").is(chain.stream()).and("sequence").lt(chain.sequence())),
          new Update()
              .set("sequence", chain.sequence())
              .set("hash", chain.hash())
              .set("eventId", record.eventId())
              .set("updatedAt", record.recordedAt()),
          StreamHead.class);
    } catch (DuplicateKeyException further) {
      // The head is at this record or beyond it (another writer moved it meanwhile).
    }
  }
}
