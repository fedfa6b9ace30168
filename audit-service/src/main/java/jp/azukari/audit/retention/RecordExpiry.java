package jp.azukari.audit.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.azukari.audit.record.AuditRecord;
import jp.azukari.audit.record.ChainAnchor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes records past their entity type's retention, once across instances, without breaking a
 * hash chain: only a stream's oldest records go, up to the first record that must stay (a record of
 * a type kept longer holds back the younger ones behind it: records are kept too long, never too
 * short). Before removing, the stream's {@link ChainAnchor} is moved to the last record removed, so
 * the verification of what remains starts from it, and a stream that expires whole goes on from it.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
public class RecordExpiry {

  private static final Logger log = LoggerFactory.getLogger(RecordExpiry.class);
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final int BATCH = 500;

  private final MongoTemplate mongo;
  private final RetentionProperties properties;
  private final Clock clock;

  RecordExpiry(MongoTemplate mongo, RetentionProperties properties, Clock clock) {
    this.mongo = mongo;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${azukari.audit.retention.sweep:PT1H}",
      initialDelayString = "PT5M")
  @SchedulerLock(name = "audit-retention", lockAtMostFor = "PT1H")
  void sweep() {
    if (!properties.periods().isEmpty()) {
      int removed = expire(clock.instant(), properties.periods());
      if (removed > 0) {
        log.info("Retention removed {} expired audit records", removed);
      }
    }
  }

  /** Removes what has expired at {@code now} under {@code periods}; answers how many. */
  public int expire(Instant now, Map<String, Period> periods) {
    int removed = 0;
    for (String stream :
        mongo.findDistinct(
            Query.query(Criteria.where("chain").exists(true)),
            "chain.stream",
            AuditRecord.class,
            String.class)) {
      removed += expireStream(stream, now, periods);
    }
    return removed;
  }

  private int expireStream(String stream, Instant now, Map<String, Period> periods) {
    int removed = 0;
    while (true) {
      List<AuditRecord> oldest =
          mongo.find(
              Query.query(Criteria.where("chain.stream").is(stream))
                  .with(Sort.by(Sort.Direction.ASC, "chain.sequence"))
                  .limit(BATCH),
              AuditRecord.class);
      var expired = new ArrayList<AuditRecord>();
      for (AuditRecord record : oldest) {
        if (!expired(record, now, periods)) {
          break;
        }
        expired.add(record);
      }
      if (expired.isEmpty()) {
        return removed;
      }
      var last = expired.getLast().chain();
      // The anchor first: a sweep stopped between the two leaves records the verification skips.
      mongo.save(new ChainAnchor(stream, last.sequence(), last.hash()));
      removed +=
          (int)
              mongo
                  .remove(
                      Query.query(
                          Criteria.where("chain.stream")
                              .is(stream)
                              .and("chain.sequence")
                              .lte(last.sequence())),
                      AuditRecord.class)
                  .getDeletedCount();
      if (expired.size() < oldest.size() || oldest.size() < BATCH) {
        return removed;
      }
    }
  }

  private static boolean expired(AuditRecord record, Instant now, Map<String, Period> periods) {
    Period period = record.entityType() == null ? null : periods.get(record.entityType());
    if (period == null || record.time() == null) {
      return false;
    }
    return record.time().isBefore(now.atZone(JAPAN).minus(period).toInstant());
  }
}
