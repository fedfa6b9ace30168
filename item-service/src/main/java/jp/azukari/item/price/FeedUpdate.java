package jp.azukari.item.price;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import jp.azukari.item.item.AuctionFigures;

/**
 * One listing's latest state as the auction system's feed reports it. Amounts are whole yen; {@code
 * hammerPrice} is {@code null} until the item is sold; {@code sequence} grows with every change the
 * auction system makes.
 *
 * @param auctionId the auction system's id of the listing
 * @param itemRef the listed item's number
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record FeedUpdate(
    String auctionId,
    String itemRef,
    Instant listedAt,
    Long currentBid,
    Instant endsAt,
    Long hammerPrice,
    Long sequence) {

  /** What makes an update usable: whose item, which listing, which position in the feed. */
  boolean complete() {
    return auctionId != null
        && !auctionId.isBlank()
        && itemRef != null
        && !itemRef.isBlank()
        && sequence != null;
  }

  /** The figures to show, times to the millisecond that MongoDB keeps. */
  AuctionFigures figures(Instant now) {
    return new AuctionFigures(
        auctionId,
        millis(listedAt),
        currentBid == null ? 0 : currentBid,
        millis(endsAt),
        hammerPrice,
        sequence,
        millis(now));
  }

  private static Instant millis(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
