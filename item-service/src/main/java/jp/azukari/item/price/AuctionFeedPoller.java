package jp.azukari.item.price;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import jp.azukari.item.price.AuctionFeedClient.AuctionSystemUnavailable;
import jp.azukari.item.price.AuctionFeedClient.FeedRefused;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the auction system's price feed, once across instances (a MongoDB lock): reads page after
 * page from the stored cursor until a page brings no updates, applies each update to its item and
 * stores the cursor after each page. Applying is idempotent, so a page read twice (a poll that
 * failed half-way, an auction system that restarted and sends its feed from the beginning) changes
 * nothing twice.
 *
 * <p>While the auction system is down the service carries on: one warning when the outage begins,
 * quiet retries (and the circuit breaker) while it lasts, one line when the feed is back, and the
 * next poll catches up from the stored cursor.
 */
@Component
@ConditionalOnProperty(name = "azukari.auction.enabled", matchIfMissing = true)
class AuctionFeedPoller {

  private static final Logger log = LoggerFactory.getLogger(AuctionFeedPoller.class);
  static final Duration REMIND_EVERY = Duration.ofMinutes(10);

  private final AuctionFeedClient client;
  private final PriceUpdates prices;
  private final FeedStatuses statuses;
  private final AuctionProperties properties;
  private final Clock clock;
  private Instant failingSince;
  private int failures;
  private Instant lastWarning;

  AuctionFeedPoller(
      AuctionFeedClient client,
      PriceUpdates prices,
      FeedStatuses statuses,
      AuctionProperties properties,
      Clock clock) {
    this.client = client;
    this.prices = prices;
    this.statuses = statuses;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${azukari.auction.poll-interval:5s}",
      initialDelayString = "${azukari.auction.poll-interval:5s}")
  @SchedulerLock(name = "auction-feed", lockAtMostFor = "PT10M")
  void poll() {
    int pages = 0;
    int applied = 0;
    try {
      String cursor = statuses.current().cursor();
      while (pages < properties.maxPagesPerPoll()) {
        FeedPage page = fetch(cursor);
        pages++;
        noticeRestart(cursor, page.cursor());
        PageTally tally = PageTally.NONE;
        for (FeedUpdate update : page.updates()) {
          tally = tally.plus(prices.apply(update));
        }
        boolean sameCursor = Objects.equals(cursor, page.cursor());
        if (!sameCursor || !page.updates().isEmpty()) {
          statuses.advanced(page.cursor(), tally);
        }
        applied += tally.applied();
        cursor = page.cursor();
        if (page.updates().isEmpty() || sameCursor) {
          break;
        }
      }
      prices.adoptOrphans();
      succeeded(applied);
    } catch (AuctionSystemUnavailable e) {
      failed("Auction system at " + properties.url() + " not available: " + e.getMessage());
    } catch (FeedRefused e) {
      failed("Auction system at " + properties.url() + " refuses the feed: " + e.getMessage());
    } catch (RuntimeException e) {
      // Anything else (MongoDB unreachable, an unexpected answer): the next poll tries again.
      failed("Auction feed poll failed: " + e);
    }
  }

  /**
   * A page, or the feed from its beginning when the auction system refuses our cursor (it may have
   * changed how it writes cursors): applying again is harmless.
   */
  private FeedPage fetch(String cursor) {
    try {
      return client.fetch(cursor, properties.pageSize());
    } catch (FeedRefused refused) {
      if (refused.status() != 400 || cursor == null) {
        throw refused;
      }
      log.warn(
          "Auction system refuses the feed cursor {} ({}); reading its feed from the beginning",
          cursor,
          refused.getMessage());
      statuses.restart();
      return client.fetch(null, properties.pageSize());
    }
  }

  /** Cursors are written {@code <epoch>-<sequence>}; another epoch is another run of the feed. */
  private static void noticeRestart(String asked, String answered) {
    if (asked != null && answered != null && !epoch(asked).equals(epoch(answered))) {
      log.info("Auction feed restarted (cursor {} -> {}); reading it again", asked, answered);
    }
  }

  private static String epoch(String cursor) {
    int dash = cursor.lastIndexOf('-');
    return dash < 0 ? cursor : cursor.substring(0, dash);
  }

  private void succeeded(int applied) {
    statuses.succeeded(clock.instant(), client.circuitState());
    if (failingSince != null) {
      log.info(
          "Auction feed back after {} failed polls since {}; {} updates applied",
          failures,
          failingSince,
          applied);
    } else if (applied > 0) {
      log.debug("Auction feed: {} updates applied", applied);
    }
    failingSince = null;
    failures = 0;
  }

  /**
   * Logs the first failure of a run of failures, and a reminder every {@link #REMIND_EVERY} while
   * it lasts; the rest is in the feed status, the health details and the metrics.
   */
  private void failed(String reason) {
    Instant now = clock.instant();
    failures++;
    try {
      statuses.failed(now, reason, client.circuitState());
    } catch (RuntimeException statusNotStored) {
      reason += " (and the feed status cannot be stored: " + statusNotStored.getMessage() + ")";
    }
    if (failingSince == null) {
      failingSince = now;
      lastWarning = now;
      log.warn("{}; prices wait, the feed is polled again", reason);
    } else if (Duration.between(lastWarning, now).compareTo(REMIND_EVERY) >= 0) {
      lastWarning = now;
      log.warn("{}; still failing since {} ({} failed polls)", reason, failingSince, failures);
    } else {
      log.debug("{} (failing since {})", reason, failingSince);
    }
  }
}
