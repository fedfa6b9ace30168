package jp.azukari.auctionstandin.feed;

import java.util.List;

/**
 * One answer of the feed: the changed listings in sequence order and the cursor to pass as {@code
 * since} next time.
 */
public record FeedPage(String cursor, List<FeedUpdate> updates) {}
