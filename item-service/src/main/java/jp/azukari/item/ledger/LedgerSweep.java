package jp.azukari.item.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import jp.azukari.item.item.Item;
import jp.azukari.item.request.RequestRecord;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the ledger up with the item-service's own records, once across instances (a MongoDB lock),
 * every {@code azukari.item.ledger.sweep-interval}. It looks only at what changed since its last
 * run (with an overlap for clocks and late writes): requests whose items were received (the read
 * model of {@code workflow.RequestStatusChanged} with {@code itemsReceived}, and walk-in requests
 * that start received), and items created or changed, e.g. added to a request already received.
 * Then it fills in entries still waiting for their counterparty or verification.
 *
 * <p>A sweep instead of reacting to each event: it does not depend on which listener ran first (the
 * request's receipt or the member's record may arrive after the item), it catches up after any
 * outage, and running it twice changes nothing.
 */
@Component
class LedgerSweep {

  static final String WATERMARKS = "ledger_sweep";
  private static final String ID = "ledger";
  private static final int BATCH = 500;
  private static final Logger log = LoggerFactory.getLogger(LedgerSweep.class);

  private final MongoTemplate mongo;
  private final LedgerBook book;
  private final LedgerProperties properties;
  private final Clock clock;

  LedgerSweep(MongoTemplate mongo, LedgerBook book, LedgerProperties properties, Clock clock) {
    this.mongo = mongo;
    this.book = book;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${azukari.item.ledger.sweep-interval:10s}",
      initialDelayString = "${azukari.item.ledger.sweep-interval:10s}")
  @SchedulerLock(name = "ledger-sweep", lockAtMostFor = "PT30M")
  void sweepOnSchedule() {
    sweep();
  }

  /**
   * One run.
   *
   * @return how many entries were made
   */
  synchronized int sweep() {
    Instant startedAt = clock.instant();
    Instant since = since();
    int entered = 0;
    try (Stream<RequestRecord> received =
        mongo.stream(
            Query.query(
                    new Criteria()
                        .orOperator(
                            Criteria.where("itemsReceivedAt").gte(since),
                            Criteria.where("itemsReceivedAt").ne(null).and("updatedAt").gte(since)))
                .cursorBatchSize(BATCH),
            RequestRecord.class)) {
      for (RequestRecord request : (Iterable<RequestRecord>) received::iterator) {
        entered += book.enterRequest(request);
      }
    }
    Map<String, RequestRecord> requests = new HashMap<>();
    try (Stream<Item> changed =
        mongo.stream(
            Query.query(
                    new Criteria()
                        .orOperator(
                            Criteria.where("createdAt").gte(since),
                            Criteria.where("updatedAt").gte(since)))
                .cursorBatchSize(BATCH),
            Item.class)) {
      for (Item item : (Iterable<Item>) changed::iterator) {
        RequestRecord request =
            requests.computeIfAbsent(
                item.requestId(), id -> mongo.findById(id, RequestRecord.class));
        entered += book.enter(item, request) ? 1 : 0;
      }
    }
    try (Stream<LedgerEntry> pending =
        mongo.stream(
            Query.query(
                    new Criteria()
                        .orOperator(
                            Criteria.where("counterpartyPending").is(true),
                            Criteria.where("verificationPending").is(true)))
                .cursorBatchSize(BATCH),
            LedgerEntry.class)) {
      pending.forEach(book::complete);
    }
    mongo.upsert(
        Query.query(Criteria.where("_id").is(ID)),
        new Update().max("through", Date.from(startedAt)),
        WATERMARKS);
    if (entered > 0) {
      log.info("Ledger sweep entered {} acquisitions", entered);
    }
    return entered;
  }

  private Instant since() {
    Document watermark = mongo.findById(ID, Document.class, WATERMARKS);
    if (watermark == null || watermark.getDate("through") == null) {
      return Instant.EPOCH;
    }
    return watermark.getDate("through").toInstant().minus(properties.sweepOverlap());
  }
}
