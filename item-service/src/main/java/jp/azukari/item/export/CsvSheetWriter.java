package jp.azukari.item.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.platform.spreadsheet.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Comma-separated text as Excel writes it (CRLF, fields quoted where needed). UTF-8 starts with a
 * byte order mark, without which Japanese Excel reads UTF-8 as Shift_JIS; Shift_JIS text is fitted
 * first ({@link ShiftJisText}), so a character it cannot hold never stops the export.
 */
final class CsvSheetWriter implements SheetWriter {

  private final CSVPrinter csv;
  private final ShiftJisText shiftJis;

  CsvSheetWriter(OutputStream out, TextEncoding encoding) {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, encoding.charset()), 64 * 1024);
    this.shiftJis = encoding == TextEncoding.SHIFT_JIS ? new ShiftJisText() : null;
    try {
      if (encoding == TextEncoding.UTF_8) {
        writer.write('\uFEFF');
      }
      this.csv = new CSVPrinter(writer, CSVFormat.EXCEL);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void header(List<String> headers) throws IOException {
    csv.printRecord(headers.stream().map(this::text).toList());
  }

  @Override
  public void row(List<?> cells) throws IOException {
    var texts = new ArrayList<String>(cells.size());
    for (Object cell : cells) {
      texts.add(cell instanceof String value ? text(value) : Cells.text(cell));
    }
    csv.printRecord(texts);
  }

  @Override
  public void finish() throws IOException {
    csv.flush();
  }

  @Override
  public long replacedCharacters() {
    return shiftJis == null ? 0 : shiftJis.replaced();
  }

  /** The stream belongs to the caller; there is nothing else to release. */
  @Override
  public void close() {}

  private String text(String value) {
    String fitted = shiftJis == null ? value : shiftJis.fit(value);
    return SpreadsheetText.neutralised(fitted);
  }
}
