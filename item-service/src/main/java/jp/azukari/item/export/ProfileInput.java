package jp.azukari.item.export;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An admin's export profile: its name, file format, encoding (for CSV; a workbook is always UTF-8;
 * left out, the format's usual one) and columns in order.
 */
record ProfileInput(
    @NotBlank @Size(max = 100) String name,
    @NotNull ExportFormat format,
    TextEncoding encoding,
    @NotEmpty @Size(max = 200) List<@Valid @NotNull Column> columns) {

  /** A column: a source, its header, and the text of a {@code fixed} column. */
  record Column(
      @NotBlank @Size(max = 64) String source,
      @NotBlank @Size(max = 100) String header,
      @Size(max = 1000) String value) {}

  TextEncoding encodingOrDefault() {
    if (encoding != null) {
      return encoding;
    }
    return format == ExportFormat.CSV_YAHOO ? TextEncoding.SHIFT_JIS : TextEncoding.UTF_8;
  }

  List<ExportColumn> exportColumns() {
    return columns.stream()
        .map(
            c ->
                new ExportColumn(
                    c.source().strip(),
                    c.header().strip(),
                    ItemSources.FIXED.equals(c.source().strip()) ? c.value() : null))
        .toList();
  }
}
