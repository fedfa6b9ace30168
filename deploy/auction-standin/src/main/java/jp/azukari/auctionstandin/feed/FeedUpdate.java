package jp.azukari.auctionstandin.feed;

import java.time.Instant;

/**
 * One listing as the price feed reports it: the listing without the member it belongs to, which
 * only that member's landing page shows.
 */
public record FeedUpdate(
    String auctionId,
    String itemRef,
    Instant listedAt,
    long currentBid,
    Instant endsAt,
    Long hammerPrice,
    long sequence) {

  static FeedUpdate of(Listing listing) {
    return new FeedUpdate(
        listing.auctionId(),
        listing.itemRef(),
        listing.listedAt(),
        listing.currentBid(),
        listing.endsAt(),
        listing.hammerPrice(),
        listing.sequence());
  }
}
