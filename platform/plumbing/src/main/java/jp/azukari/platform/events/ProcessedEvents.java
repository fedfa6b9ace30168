package jp.azukari.platform.events;

import java.time.Clock;
import jp.azukari.contracts.EventEnvelope;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Remembers which events a consumer has applied, so that a redelivered or replayed event is applied
 * once. The mark is written after the handler succeeded: a crash in between means the handler sees
 * the event again, so handlers keep their own writes idempotent (for example by using the event id
 * as a document id).
 */
public class ProcessedEvents {

  static final String COLLECTION = "processed_events";

  private final MongoTemplate mongo;
  private final Clock clock;

  public ProcessedEvents(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * Runs {@code handler} unless {@code consumer} already handled this event.
   *
   * @return whether the handler ran
   */
  public boolean once(String consumer, EventEnvelope event, Runnable handler) {
    String key = consumer + "/" + event.id();
    if (mongo.exists(Query.query(Criteria.where("_id").is(key)), COLLECTION)) {
      return false;
    }
    handler.run();
    try {
      mongo.insert(new Document("_id", key).append("processedAt", clock.instant()), COLLECTION);
    } catch (DuplicateKeyException concurrentlyProcessed) {
      // Another instance handled the same event at the same moment; the mark exists either way.
    }
    return true;
  }
}
