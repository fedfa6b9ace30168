package jp.azukari.platform.sequence;

/**
 * Numbers people quote and print, {@code I-000001}, {@code R-000002}, ...: a prefix and at least
 * six digits from one counter of {@link Sequences}.
 *
 * @param counter the counter's name, e.g. {@code item-number}
 * @param prefix what comes before the dash, e.g. {@code I}
 */
public record NumberSequence(Sequences sequences, String counter, String prefix) {

  /** The next number. */
  public String next() {
    return format(sequences.next(counter));
  }

  /** The number of a counter value. */
  public String format(long value) {
    return String.format("%s-%06d", prefix, value);
  }
}
