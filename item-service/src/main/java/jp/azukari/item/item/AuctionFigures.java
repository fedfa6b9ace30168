package jp.azukari.item.item;

import java.time.Instant;

/**
 * What the external auction system last reported for an item (出品・入札・落札). Amounts are whole yen;
 * {@code hammerPrice} is {@code null} until the item is sold; {@code sequence} is the auction
 * system's sequence of the update these figures come from, so an older update never overwrites a
 * newer one.
 */
public record AuctionFigures(
    String auctionId,
    Instant listedAt,
    long currentBid,
    Instant endsAt,
    Long hammerPrice,
    long sequence,
    Instant updatedAt) {}
