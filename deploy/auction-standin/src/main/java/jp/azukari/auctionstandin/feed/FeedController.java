package jp.azukari.auctionstandin.feed;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The price feed that item-service polls: {@code GET /api/feed?since=<cursor>}. */
@RestController
class FeedController {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;

  private final ListingBook book;

  FeedController(ListingBook book) {
    this.book = book;
  }

  @GetMapping("/api/feed")
  FeedPage feed(
      @RequestParam(required = false) String since,
      @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    return book.changesSince(since, limit);
  }
}
