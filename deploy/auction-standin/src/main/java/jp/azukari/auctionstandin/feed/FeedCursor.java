package jp.azukari.auctionstandin.feed;

/**
 * Position in the feed, written {@code <epoch>-<sequence>}. The epoch names one run of the
 * stand-in: its listings live in memory, so after a restart a cursor of an earlier run starts the
 * feed again from the beginning instead of waiting for the sequence to catch up.
 */
record FeedCursor(String epoch, long sequence) {

  static FeedCursor parse(String text) {
    int dash = text.lastIndexOf('-');
    if (dash <= 0 || dash == text.length() - 1) {
      throw new IllegalArgumentException("cursor must look like <epoch>-<sequence>: " + text);
    }
    try {
      long sequence = Long.parseLong(text.substring(dash + 1));
      if (sequence < 0) {
        throw new IllegalArgumentException("cursor sequence must not be negative: " + text);
      }
      return new FeedCursor(text.substring(0, dash), sequence);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cursor sequence is not a number: " + text, e);
    }
  }

  @Override
  public String toString() {
    return epoch + "-" + sequence;
  }
}
