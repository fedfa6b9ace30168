package jp.azukari.platform.testapp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * An idempotent consumer of the parcel topic, as another service would write it: it counts each
 * parcel's events in a MongoDB document, once per event id however often an event arrives.
 */
@Component
public class ParcelEventCounter {

  public static final String CONSUMER = "parcel-event-counter";
  public static final String COLLECTION = "parcel_event_counts";

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MongoTemplate mongo;
  private final Set<String> ignoredRedeliveries = ConcurrentHashMap.newKeySet();

  ParcelEventCounter(EventEnvelopes envelopes, ProcessedEvents processed, MongoTemplate mongo) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.mongo = mongo;
  }

  @KafkaListener(id = CONSUMER, topics = "${azukari.events.topic}")
  void count(ConsumerRecord<String, String> record) {
    var event = envelopes.fromJson(record.value());
    boolean applied =
        processed.once(
            CONSUMER,
            event,
            () ->
                mongo.upsert(
                    Query.query(Criteria.where("_id").is(event.subject())),
                    new Update().inc("events", 1),
                    COLLECTION));
    if (!applied) {
      ignoredRedeliveries.add(event.id());
    }
  }

  /** How many of the parcel's events this consumer has applied. */
  public int eventsCounted(String parcelId) {
    Document counter = mongo.findById(parcelId, Document.class, COLLECTION);
    return counter == null ? 0 : counter.getInteger("events");
  }

  /** Ids of events that arrived again and were not applied a second time. */
  public Set<String> ignoredRedeliveries() {
    return Set.copyOf(ignoredRedeliveries);
  }
}
