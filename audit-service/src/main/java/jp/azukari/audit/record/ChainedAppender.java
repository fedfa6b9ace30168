package jp.azukari.audit.record;

import java.time.Clock;
import jp.azukari.contracts.EventEnvelope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Appends an event's record to the hash chain of its stream (one stream per topic partition, the
 * unit Kafka keeps in order and gives to one consumer at a time).
 *
 * <p>The record and its link are one document written by one insert, so a consumer killed at any
 * point leaves either no record or a whole one. A redelivered event finds its record and stops. Two
 * writers on one stream (a rebalance overlapping a slow consumer) cannot fork the chain: the unique
 * index on {@code chain.stream, chain.sequence} refuses the second record for a sequence, whose
 * writer then reads the new head and tries again.
 */
@Component
class ChainedAppender {

  private static final int ATTEMPTS = 30;

  private final MongoTemplate mongo;
  private final Clock clock;

  ChainedAppender(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 2L + 2L * attempt));
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
      if (mongo.exists(Query.query(Criteria.where("_id").is(event.id())), AuditRecord.class)) {
        return; // A redelivered event: its record exists already.
      }
      AuditRecord last =
          mongo.findOne(
              Query.query(Criteria.where("chain.stream").is(stream))
                  .with(Sort.by(Sort.Direction.DESC, "chain.sequence"))
                  .limit(1),
              AuditRecord.class);
      long sequence;
      String previousHash;
      if (last != null) {
        sequence = last.chain().sequence() + 1;
        previousHash = last.chain().hash();
      } else {
        // Empty: a new stream, or one whose every record has expired, which goes on from its
        // anchor.
        var anchor = mongo.findById(stream, ChainAnchor.class);
        sequence = anchor == null ? 1 : anchor.sequence() + 1;
        previousHash = anchor == null ? null : anchor.hash();
      }
      var record =
          AuditRecord.of(
              event, topic, partition, offset, clock.instant(), stream, sequence, previousHash);
      try {
        mongo.insert(record);
        return;
      } catch (DuplicateKeyException raced) {
        // Either the event or the sequence was taken meanwhile: look again, after a short random
        // pause so racing writers fall apart. Giving up is safe too: the listener's error handler
        // delivers the event again later, and nothing was written.
        if (attempt >= ATTEMPTS) {
          throw raced;
        }
        pause(attempt);
      }
    }
  }
}
