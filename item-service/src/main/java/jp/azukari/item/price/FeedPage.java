package jp.azukari.item.price;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One answer of the feed: listings changed after the cursor asked with, oldest change first, and
 * the cursor to ask with next time (opaque to us).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record FeedPage(String cursor, List<FeedUpdate> updates) {

  FeedPage {
    updates = updates == null ? List.of() : updates;
  }
}
