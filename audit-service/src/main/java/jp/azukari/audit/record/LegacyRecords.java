package jp.azukari.audit.record;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives records written before the search existed the fields it filters on (service, action, entity
 * type, search text), once after start and once across instances. Those records have no chain, so
 * no hash covers what is added; their recorded content is not touched.
 */
@Component
public class LegacyRecords {

  private static final Logger log = LoggerFactory.getLogger(LegacyRecords.class);
  private static final int BATCH = 500;

  private final MongoTemplate mongo;

  LegacyRecords(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Scheduled(initialDelayString = "PT30S", fixedDelayString = "P1D")
  @SchedulerLock(name = "audit-legacy-records", lockAtMostFor = "PT1H")
  void completeInBackground() {
    long completed = complete();
    if (completed > 0) {
      log.info("Completed the search fields of {} records from before the hash chain", completed);
    }
  }

  /** Completes every record still lacking the search fields; answers how many. */
  public long complete() {
    var lacking =
        Query.query(Criteria.where("chain").exists(false).and("service").exists(false))
            .limit(BATCH);
    long completed = 0;
    while (true) {
      List<AuditRecord> batch = mongo.find(lacking, AuditRecord.class);
      if (batch.isEmpty()) {
        return completed;
      }
      for (AuditRecord record : batch) {
        mongo.updateFirst(
            Query.query(Criteria.where("_id").is(record.eventId()).and("chain").exists(false)),
            new Update()
                .set("service", EventNames.service(record.type(), record.topic()))
                .set("action", EventNames.action(record.type()))
                .set("entityType", EventNames.entityType(record.type(), record.topic()))
                .set("searchText", SearchText.of(record)),
            AuditRecord.class);
        completed++;
      }
    }
  }
}
