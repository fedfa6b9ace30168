package jp.azukari.item.price;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where item-service stands in the auction system's feed, kept in MongoDB so that whichever
 * instance polls next goes on from there, and any instance can show it.
 *
 * @param cursor the cursor to ask with next ({@code null}: from the beginning)
 * @param lastPollAt when the last poll ended, successful or not
 * @param lastSuccessAt when the last poll that read the feed to its end ended
 * @param lastError why the last failed poll failed ({@code null} once a poll succeeds)
 * @param lastErrorAt when it failed
 * @param failingSince when the current run of failed polls began ({@code null} while fine)
 * @param consecutiveFailures failed polls since the last successful one
 * @param circuit the circuit breaker's state at the last poll
 * @param applied updates taken in since the feed was first read
 * @param ignored old, duplicate, unchanged or incomplete updates
 * @param orphaned updates for items this service does not know
 */
@Document("auction_feed")
record FeedStatus(
    @Id String id,
    String cursor,
    Instant lastPollAt,
    Instant lastSuccessAt,
    String lastError,
    Instant lastErrorAt,
    Instant failingSince,
    Integer consecutiveFailures,
    String circuit,
    Long applied,
    Long ignored,
    Long orphaned) {

  FeedStatus {
    consecutiveFailures = consecutiveFailures == null ? 0 : consecutiveFailures;
    circuit = circuit == null ? "CLOSED" : circuit;
    applied = applied == null ? 0 : applied;
    ignored = ignored == null ? 0 : ignored;
    orphaned = orphaned == null ? 0 : orphaned;
  }

  static final String ID = "auction-feed";

  static FeedStatus initial() {
    return new FeedStatus(ID, null, null, null, null, null, null, 0, "CLOSED", 0L, 0L, 0L);
  }
}
