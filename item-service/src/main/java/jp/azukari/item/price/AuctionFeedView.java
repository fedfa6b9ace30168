package jp.azukari.item.price;

import java.time.Instant;

/**
 * The price feed's state for staff: where it stands, when it last read the auction system and what
 * went wrong last.
 *
 * @param auctionSystem the auction system's base URL
 * @param polling whether this system polls the feed at all
 * @param cursor where the next poll goes on ({@code null}: from the beginning)
 * @param lastPollAt when the last poll ended
 * @param lastSuccessAt when the feed was last read to its end
 * @param lastError why the polls fail now ({@code null} while they succeed)
 * @param failingSince when the current run of failures began
 * @param consecutiveFailures failed polls since the last successful one
 * @param circuit the circuit breaker around the auction system (CLOSED, OPEN, HALF_OPEN)
 * @param applied updates taken in so far
 * @param ignored old, duplicate, unchanged or incomplete updates
 * @param orphaned updates for items this service does not know
 * @param waitingOrphans listings kept aside until their item exists
 */
record AuctionFeedView(
    String auctionSystem,
    boolean polling,
    String cursor,
    Instant lastPollAt,
    Instant lastSuccessAt,
    LastError lastError,
    Instant failingSince,
    int consecutiveFailures,
    String circuit,
    long applied,
    long ignored,
    long orphaned,
    long waitingOrphans) {

  record LastError(String message, Instant at) {}

  static AuctionFeedView of(FeedStatus status, AuctionProperties properties, long waitingOrphans) {
    return new AuctionFeedView(
        properties.url(),
        properties.enabled(),
        status.cursor(),
        status.lastPollAt(),
        status.lastSuccessAt(),
        status.lastError() == null ? null : new LastError(status.lastError(), status.lastErrorAt()),
        status.failingSince(),
        status.consecutiveFailures(),
        status.circuit(),
        status.applied(),
        status.ignored(),
        status.orphaned(),
        waitingOrphans);
  }
}
