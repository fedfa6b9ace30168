package jp.azukari.item.item;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the documents of removed items once the events announcing the removal are published (they
 * wait in the document's own outbox until then). Runs on one instance at a time.
 */
@Component
class RemovedItemsPurge {

  private static final Logger log = LoggerFactory.getLogger(RemovedItemsPurge.class);

  private final MongoTemplate mongo;

  RemovedItemsPurge(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Scheduled(fixedDelayString = "${azukari.items.purge-interval:10s}")
  @SchedulerLock(name = "removed-items-purge", lockAtMostFor = "PT2M")
  void purge() {
    // An empty outbox rather than "no outbox.eventId": the embedded MongoDB-compatible server
    // answers the latter differently from MongoDB for an empty array.
    var published =
        Query.query(
            new Criteria()
                .andOperator(
                    Criteria.where("removedAt").ne(null),
                    new Criteria()
                        .orOperator(
                            Criteria.where("outbox").size(0),
                            Criteria.where("outbox").exists(false))));
    long deleted = mongo.remove(published, Item.class).getDeletedCount();
    if (deleted > 0) {
      log.info("Purged {} removed items whose removal is published", deleted);
    }
  }
}
