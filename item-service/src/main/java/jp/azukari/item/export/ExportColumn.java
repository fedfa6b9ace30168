package jp.azukari.item.export;

/**
 * One column of an export profile: where its cells come from and its header. {@code source} is an
 * item field key ({@code title}, {@code brand}) or one of {@link ItemSources}; {@code value} is the
 * text of every cell of a {@code fixed} column (e.g. the listing period 7) and {@code null} for any
 * other.
 */
public record ExportColumn(String source, String header, String value) {

  public ExportColumn(String source, String header) {
    this(source, header, null);
  }

  static ExportColumn fixed(String header, String value) {
    return new ExportColumn(ItemSources.FIXED, header, value);
  }
}
