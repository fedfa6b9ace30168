package jp.azukari.item.export;

/** What is physically written: a workbook or comma-separated text. */
public enum SheetFile {
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", "text/csv");

  private final String extension;
  private final String mediaType;

  SheetFile(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The media type, with the charset for text. */
  public String contentType(TextEncoding encoding) {
    return this == CSV ? mediaType + ";charset=" + encoding.label() : mediaType;
  }
}
