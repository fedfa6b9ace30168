package jp.azukari.item.price;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The price feed's state, for staff wondering why a bid does not show yet. */
@RestController
@PreAuthorize("hasRole('staff')")
class AuctionFeedController {

  private final FeedStatuses statuses;
  private final PriceOrphans orphans;
  private final AuctionProperties properties;

  AuctionFeedController(FeedStatuses statuses, PriceOrphans orphans, AuctionProperties properties) {
    this.statuses = statuses;
    this.orphans = orphans;
    this.properties = properties;
  }

  @GetMapping("/api/items/auction-feed")
  AuctionFeedView status() {
    return AuctionFeedView.of(statuses.current(), properties, orphans.count());
  }
}
