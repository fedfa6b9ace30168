package jp.azukari.item.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes ledger entries whose acquisition date is further back than the retention, nightly and
 * once across instances. Nothing else deletes entries: not a member's erasure, not an item's.
 */
@Component
class LedgerRetention {

  private static final Logger log = LoggerFactory.getLogger(LedgerRetention.class);

  private final MongoTemplate mongo;
  private final LedgerProperties properties;
  private final Clock clock;

  LedgerRetention(MongoTemplate mongo, LedgerProperties properties, Clock clock) {
    this.mongo = mongo;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(cron = "${azukari.item.ledger.retention-cron:0 30 3 * * *}", zone = "Asia/Tokyo")
  @SchedulerLock(name = "ledger-retention", lockAtMostFor = "PT1H")
  void onSchedule() {
    deleteExpired();
  }

  /** Deletes entries acquired before the first day still kept; returns how many. */
  long deleteExpired() {
    LocalDate firstKept = Ledger.dateOf(clock.instant()).minus(properties.retention());
    Instant before = Ledger.startOf(firstKept);
    long deleted =
        mongo
            .remove(Query.query(Criteria.where("acquiredAt").lt(before)), LedgerEntry.class)
            .getDeletedCount();
    if (deleted > 0) {
      log.info("Ledger: {} entries acquired before {} deleted after retention", deleted, firstKept);
    }
    return deleted;
  }
}
