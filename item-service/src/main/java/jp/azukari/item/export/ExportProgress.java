package jp.azukari.item.export;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A running export's row counter, written to the job's document every few thousand rows and at
 * least every second, so any instance answers the console's progress polls; the same write is the
 * job's heartbeat. The aggregate itself is saved only when the export starts and ends.
 */
final class ExportProgress {

  private static final int EVERY_ROWS = 2000;
  private static final Duration EVERY = Duration.ofSeconds(1);

  private final MongoTemplate mongo;
  private final String exportId;
  private final Clock clock;
  private long done;
  private long reported;
  private Instant reportedAt;

  ExportProgress(MongoTemplate mongo, String exportId, Clock clock) {
    this.mongo = mongo;
    this.exportId = exportId;
    this.clock = clock;
    this.reportedAt = clock.instant();
  }

  void row() {
    done++;
    if (done - reported >= EVERY_ROWS || (done % 100 == 0 && due())) {
      report();
    }
  }

  long done() {
    return done;
  }

  private boolean due() {
    return Duration.between(reportedAt, clock.instant()).compareTo(EVERY) >= 0;
  }

  private void report() {
    Instant now = clock.instant();
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(exportId).and("state").is(ExportJob.State.RUNNING)),
        new Update().set("done", done).set("heartbeatAt", now),
        ExportJob.class);
    reported = done;
    reportedAt = now;
  }
}
