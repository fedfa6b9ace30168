package jp.azukari.auctionstandin.feed;

import java.time.Instant;

/**
 * One listing on the auction site, as the feed reports it.
 *
 * @param auctionId the auction system's id of the listing
 * @param itemRef Azukari's reference of the consigned item that was listed
 * @param listedAt when the listing went live
 * @param currentBid highest bid so far in yen (0 while nobody has bid)
 * @param endsAt when bidding closes
 * @param hammerPrice final price in yen once the item is sold, otherwise {@code null}
 * @param sequence position of this state in the feed; grows with every change of any listing
 * @param memberRef the Azukari member who consigned the item (their id, as the SSO hand-off names
 *     them), or {@code null}; shown on that member's landing page, never in the feed
 */
public record Listing(
    String auctionId,
    String itemRef,
    Instant listedAt,
    long currentBid,
    Instant endsAt,
    Long hammerPrice,
    long sequence,
    String memberRef) {

  Listing withSequence(long newSequence) {
    return new Listing(
        auctionId, itemRef, listedAt, currentBid, endsAt, hammerPrice, newSequence, memberRef);
  }
}
