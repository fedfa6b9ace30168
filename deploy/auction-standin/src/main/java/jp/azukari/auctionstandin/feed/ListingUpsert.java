package jp.azukari.auctionstandin.feed;

import java.time.Instant;

/**
 * Body of {@code POST /api/admin/listings}. Without {@code auctionId}, or with one the stand-in
 * does not know yet, a listing is created; otherwise the given (non-null) fields overwrite the
 * stored ones. {@code memberRef} names the Azukari member who consigned the item.
 */
public record ListingUpsert(
    String auctionId,
    String itemRef,
    Instant listedAt,
    Long currentBid,
    Instant endsAt,
    Long hammerPrice,
    String memberRef) {}
