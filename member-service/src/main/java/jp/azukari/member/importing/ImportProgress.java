package jp.azukari.member.importing;

import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A running import's counters, advanced in the job's document after every batch of rows, so any
 * instance answers the console's progress polls. The aggregate itself is saved only when the run
 * starts and ends.
 */
final class ImportProgress {

  /** What a run did so far. */
  record Counts(long rowsRead, long created, long updated, long unchanged, long rejected) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0);

    Counts plus(Counts other) {
      return new Counts(
          rowsRead + other.rowsRead,
          created + other.created,
          updated + other.updated,
          unchanged + other.unchanged,
          rejected + other.rejected);
    }
  }

  private final MongoTemplate mongo;
  private final String importId;
  private Counts counts = Counts.NONE;

  ImportProgress(MongoTemplate mongo, String importId) {
    this.mongo = mongo;
    this.importId = importId;
  }

  void add(Counts batch, Instant now) {
    counts = counts.plus(batch);
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(importId)),
        new Update()
            .set("rowsRead", counts.rowsRead())
            .set("created", counts.created())
            .set("updated", counts.updated())
            .set("unchanged", counts.unchanged())
            .set("rejected", counts.rejected())
            .set("heartbeatAt", now),
        ImportJob.class);
  }

  Counts counts() {
    return counts;
  }
}
