package jp.azukari.platform.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.platform.web.Correlation;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events waiting in the outbox arrays of this service's aggregates, oldest first per
 * aggregate, and removes each one only after the broker acknowledged it. When Kafka is down the
 * events simply stay where they are and go out on a later run: delivery is at least once, and
 * consumers are idempotent on the event id.
 *
 * <p>One instance at a time runs the relay (a lock in MongoDB), so several instances of a service
 * never publish the same aggregate's events out of order.
 */
public class OutboxRelay {

  static final String OUTBOX = "outbox";
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final MongoTemplate mongo;
  private final KafkaTemplate<String, String> kafka;
  private final EventsProperties properties;
  private final Counter published;
  private volatile boolean brokerWasDown;

  public OutboxRelay(
      MongoTemplate mongo,
      KafkaTemplate<String, String> kafka,
      EventsProperties properties,
      MeterRegistry meters) {
    this.mongo = mongo;
    this.kafka = kafka;
    this.properties = properties;
    this.published = meters.counter("azukari.outbox.published");
  }

  @Scheduled(fixedDelayString = "${azukari.events.relay-interval:500ms}")
  @SchedulerLock(name = "outbox-relay", lockAtMostFor = "PT2M")
  public void relayPendingEvents() {
    try {
      int count = 0;
      for (String collection : outboxCollections()) {
        count += relay(mongo.getCollection(collection));
      }
      if (brokerWasDown) {
        log.info("Event broker reachable again; published {} pending events", count);
        brokerWasDown = false;
      }
    } catch (RuntimeException e) {
      if (!brokerWasDown) {
        log.warn("Cannot publish pending events now, will retry: {}", e.getMessage());
        brokerWasDown = true;
      }
    }
  }

  /**
   * A sparse index on the pending events' ids: it holds only documents that have pending events, so
   * finding them stays cheap however large a collection grows.
   */
  @PostConstruct
  void indexPendingEvents() {
    for (String collection : outboxCollections()) {
      mongo
          .getCollection(collection)
          .createIndex(
              Indexes.ascending(OUTBOX + ".eventId"),
              new IndexOptions().sparse(true).name("pending_events"));
    }
  }

  /** Collections of every mapped aggregate that has an outbox. */
  List<String> outboxCollections() {
    return mongo.getConverter().getMappingContext().getPersistentEntities().stream()
        .filter(entity -> OutboxAggregate.class.isAssignableFrom(entity.getType()))
        .map(MongoPersistentEntity::getCollection)
        .distinct()
        .toList();
  }

  private int relay(MongoCollection<Document> collection) {
    int count = 0;
    var pending =
        collection
            .find(Filters.exists(OUTBOX + ".eventId"))
            .projection(Projections.include(OUTBOX))
            .limit(properties.relayBatchSize());
    for (Document aggregate : pending) {
      List<Document> entries = aggregate.getList(OUTBOX, Document.class);
      send(entries);
      List<String> sent = entries.stream().map(entry -> entry.getString("eventId")).toList();
      collection.updateOne(
          Filters.eq("_id", aggregate.get("_id")),
          Updates.pull(OUTBOX, Filters.in("eventId", sent)));
      published.increment(sent.size());
      count += sent.size();
    }
    return count;
  }

  /**
   * Sends one aggregate's events in order, each only after the broker has the one before: a failed
   * send can never let a later event overtake it.
   */
  private void send(List<Document> entries) {
    for (Document entry : entries) {
      var record =
          new ProducerRecord<>(
              entry.getString("topic"), entry.getString("key"), entry.getString("payload"));
      record
          .headers()
          .add(
              "content-type",
              EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
      String correlationId = entry.getString("correlationId");
      if (correlationId != null) {
        record
            .headers()
            .add(Correlation.HEADER_KAFKA, correlationId.getBytes(StandardCharsets.UTF_8));
      }
      try {
        kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while publishing events", e);
      } catch (Exception e) {
        throw new IllegalStateException("Event broker did not acknowledge: " + e.getMessage(), e);
      }
    }
  }
}
