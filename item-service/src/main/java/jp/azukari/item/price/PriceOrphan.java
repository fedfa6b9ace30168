package jp.azukari.item.price;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The latest update the feed reported for a listing whose item this service does not know (yet),
 * kept aside so that it applies once such an item exists.
 *
 * @param id {@code <itemRef>|<auctionId>}
 * @param update the update with the highest sequence seen for this listing
 * @param firstSeenAt when the feed first reported the listing
 * @param lastSeenAt when it last did; orphans not seen for a long time are dropped
 * @param times how often the feed reported it
 */
@Document("price_orphans")
record PriceOrphan(
    @Id String id,
    @Indexed String itemRef,
    FeedUpdate update,
    Instant firstSeenAt,
    @Indexed Instant lastSeenAt,
    long times) {

  static String idOf(FeedUpdate update) {
    return update.itemRef() + "|" + update.auctionId();
  }
}
