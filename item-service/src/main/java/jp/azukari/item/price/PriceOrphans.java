package jp.azukari.item.price;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import jp.azukari.item.item.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Feed updates for items this service does not know, in {@code price_orphans}: one per listing,
 * logged when the listing is first seen, applied once an item with that number exists, dropped when
 * the feed has not mentioned the listing for {@link #KEPT_FOR}. They never stop the feed.
 */
@Component
class PriceOrphans {

  private static final Logger log = LoggerFactory.getLogger(PriceOrphans.class);
  static final Duration KEPT_FOR = Duration.ofDays(30);
  static final int BATCH = 1000;

  private final MongoTemplate mongo;
  private final Clock clock;

  PriceOrphans(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** Keeps the update aside, or the one already kept if that is newer. */
  void keep(FeedUpdate update) {
    Instant now = clock.instant();
    String id = PriceOrphan.idOf(update);
    PriceOrphan kept = mongo.findById(id, PriceOrphan.class);
    if (kept == null) {
      log.warn(
          "Auction listing {} is for item {}, which this service does not know; kept aside in case"
              + " it appears",
          update.auctionId(),
          update.itemRef());
      mongo.save(new PriceOrphan(id, update.itemRef(), update, now, now, 1));
      return;
    }
    FeedUpdate newest = update.sequence() > kept.update().sequence() ? update : kept.update();
    mongo.save(
        new PriceOrphan(id, kept.itemRef(), newest, kept.firstSeenAt(), now, kept.times() + 1));
  }

  /** Kept updates whose item exists now, oldest first; forgets those kept too long. */
  List<PriceOrphan> arrived() {
    mongo.remove(
        Query.query(Criteria.where("lastSeenAt").lt(clock.instant().minus(KEPT_FOR))),
        PriceOrphan.class);
    List<PriceOrphan> waiting =
        mongo.find(new Query().with(Sort.by("update.sequence")).limit(BATCH), PriceOrphan.class);
    if (waiting.isEmpty()) {
      return List.of();
    }
    var known =
        new HashSet<>(
            mongo.findDistinct(
                Query.query(
                    Criteria.where("number")
                        .in(waiting.stream().map(PriceOrphan::itemRef).distinct().toList())),
                "number",
                Item.class,
                String.class));
    return waiting.stream().filter(orphan -> known.contains(orphan.itemRef())).toList();
  }

  void remove(PriceOrphan orphan) {
    mongo.remove(Query.query(Criteria.where("_id").is(orphan.id())), PriceOrphan.class);
  }

  long count() {
    return mongo.count(new Query(), PriceOrphan.class);
  }
}
