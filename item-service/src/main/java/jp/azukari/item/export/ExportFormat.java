package jp.azukari.item.export;

/** The kinds of file an export profile writes. */
public enum ExportFormat {
  /** An Excel workbook, one sheet, written row by row (POI SXSSF). */
  XLSX,
  /** The Yahoo! Auctions bulk-listing CSV (ヤフオク!一括出品), Shift_JIS as its tools expect. */
  CSV_YAHOO,
  /** A plain marketplace CSV, UTF-8 with a byte order mark so Excel opens it right. */
  CSV_GENERIC;

  /** The writer this format needs. */
  public SheetFile file() {
    return this == XLSX ? SheetFile.XLSX : SheetFile.CSV;
  }
}
