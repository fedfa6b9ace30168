package jp.azukari.item.price;

import java.util.LinkedHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The price feed in {@code /actuator/health} ({@code auctionFeed}): always UP, because an auction
 * system that is down must not take this service out of rotation (members still see their items and
 * the last known figures); the details say whether the feed is being read and since when it fails.
 * Not part of the readiness group.
 */
@Component("auctionFeed")
class AuctionFeedHealthIndicator implements HealthIndicator {

  private final FeedStatuses statuses;
  private final AuctionProperties properties;

  AuctionFeedHealthIndicator(FeedStatuses statuses, AuctionProperties properties) {
    this.statuses = statuses;
    this.properties = properties;
  }

  @Override
  public Health health() {
    var details = new LinkedHashMap<String, Object>();
    if (!properties.enabled()) {
      details.put("feed", "not polled (azukari.auction.enabled=false)");
      return Health.up().withDetails(details).build();
    }
    FeedStatus status = statuses.current();
    details.put(
        "feed",
        status.lastPollAt() == null
            ? "not polled yet"
            : status.lastError() == null ? "reading" : "auction system unavailable");
    details.put("lastSuccessAt", status.lastSuccessAt());
    if (status.lastError() != null) {
      details.put("lastError", status.lastError());
      details.put("failingSince", status.failingSince());
      details.put("consecutiveFailures", status.consecutiveFailures());
    }
    details.put("circuit", status.circuit());
    details.put("cursor", status.cursor());
    return Health.up().withDetails(details).build();
  }
}
