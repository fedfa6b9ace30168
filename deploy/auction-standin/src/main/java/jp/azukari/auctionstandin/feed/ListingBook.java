package jp.azukari.auctionstandin.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The stand-in's listings, kept in memory. Every change gives the changed listing the next sequence
 * number, so the feed reports the latest state of each listing changed after a cursor.
 */
@Component
public class ListingBook {

  static final Duration DEFAULT_DURATION = Duration.ofDays(7);

  private final Clock clock;
  private final String epoch;
  private final Map<String, Listing> listings = new LinkedHashMap<>();
  private long lastSequence;
  private long lastGeneratedId;

  public ListingBook(Clock clock) {
    this.clock = clock;
    this.epoch = Long.toString(clock.millis(), 36);
  }

  /** The outcome of an upsert: the stored listing and whether it was new. */
  public record Upserted(Listing listing, boolean created) {}

  /**
   * Creates or updates a listing.
   *
   * @throws IllegalArgumentException if the request would store an invalid listing
   */
  public synchronized Upserted upsert(ListingUpsert request) {
    Listing existing = request.auctionId() == null ? null : listings.get(request.auctionId());
    Listing merged = existing == null ? created(request) : updated(existing, request);
    check(merged);
    Listing stored = merged.withSequence(++lastSequence);
    listings.put(stored.auctionId(), stored);
    return new Upserted(stored, existing == null);
  }

  /**
   * Listings changed after {@code since}, oldest change first, at most {@code limit} of them.
   *
   * @param since a cursor from an earlier answer, or {@code null} to start from the beginning
   * @throws IllegalArgumentException if {@code since} is not a cursor
   */
  public synchronized FeedPage changesSince(String since, int limit) {
    long after = 0;
    if (since != null && !since.isBlank()) {
      FeedCursor cursor = FeedCursor.parse(since.strip());
      after = cursor.epoch().equals(epoch) ? Math.min(cursor.sequence(), lastSequence) : 0;
    }
    final long from = after;
    List<FeedUpdate> updates =
        listings.values().stream()
            .filter(listing -> listing.sequence() > from)
            .sorted(Comparator.comparingLong(Listing::sequence))
            .limit(limit)
            .map(FeedUpdate::of)
            .toList();
    long last = updates.isEmpty() ? from : updates.getLast().sequence();
    return new FeedPage(new FeedCursor(epoch, last).toString(), updates);
  }

  /** Every listing, oldest first. */
  public synchronized List<Listing> all() {
    return new ArrayList<>(listings.values());
  }

  /** The listings of items that the member {@code memberRef} consigned, oldest first. */
  public synchronized List<Listing> ofMember(String memberRef) {
    return listings.values().stream()
        .filter(listing -> memberRef.equals(listing.memberRef()))
        .toList();
  }

  private Listing created(ListingUpsert request) {
    if (request.itemRef() == null || request.itemRef().isBlank()) {
      throw new IllegalArgumentException("itemRef is required for a new listing");
    }
    String auctionId =
        request.auctionId() != null && !request.auctionId().isBlank()
            ? request.auctionId()
            : nextAuctionId();
    Instant listedAt = request.listedAt() != null ? request.listedAt() : clock.instant();
    return new Listing(
        auctionId,
        request.itemRef(),
        listedAt,
        request.currentBid() != null ? request.currentBid() : 0L,
        request.endsAt() != null ? request.endsAt() : listedAt.plus(DEFAULT_DURATION),
        request.hammerPrice(),
        0L,
        request.memberRef());
  }

  private Listing updated(Listing existing, ListingUpsert request) {
    return new Listing(
        existing.auctionId(),
        request.itemRef() != null ? request.itemRef() : existing.itemRef(),
        request.listedAt() != null ? request.listedAt() : existing.listedAt(),
        request.currentBid() != null ? request.currentBid() : existing.currentBid(),
        request.endsAt() != null ? request.endsAt() : existing.endsAt(),
        request.hammerPrice() != null ? request.hammerPrice() : existing.hammerPrice(),
        0L,
        request.memberRef() != null ? request.memberRef() : existing.memberRef());
  }

  private String nextAuctionId() {
    String id;
    do {
      id = "A%06d".formatted(++lastGeneratedId);
    } while (listings.containsKey(id));
    return id;
  }

  private static void check(Listing listing) {
    if (listing.itemRef().isBlank()) {
      throw new IllegalArgumentException("itemRef must not be blank");
    }
    if (listing.memberRef() != null && listing.memberRef().isBlank()) {
      throw new IllegalArgumentException("memberRef must not be blank");
    }
    if (listing.currentBid() < 0) {
      throw new IllegalArgumentException("currentBid must not be negative");
    }
    if (listing.hammerPrice() != null && listing.hammerPrice() < 0) {
      throw new IllegalArgumentException("hammerPrice must not be negative");
    }
    if (!listing.endsAt().isAfter(listing.listedAt())) {
      throw new IllegalArgumentException("endsAt must be after listedAt");
    }
  }
}
