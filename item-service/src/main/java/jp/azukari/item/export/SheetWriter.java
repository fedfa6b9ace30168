package jp.azukari.item.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes one table, row after row, to a stream without keeping the rows: a header, the rows, then
 * {@link #finish()}; {@link #close()} always, to release temporary files. Text cells that a
 * spreadsheet would run as formulas are neutralised on the way.
 */
public interface SheetWriter extends Closeable {

  /** Rows an XLSX writer keeps in memory before flushing them to its temporary file. */
  int ROW_WINDOW = 100;

  void header(List<String> headers) throws IOException;

  /** One row of cells as {@link Cells#of} makes them. */
  void row(List<?> cells) throws IOException;

  /** Completes the file in the stream (the stream itself stays open). */
  void finish() throws IOException;

  /** Characters the file's encoding could not hold, each written as 〓. */
  long replacedCharacters();

  static SheetWriter open(
      SheetFile file, TextEncoding encoding, OutputStream out, String sheetName) {
    return switch (file) {
      case XLSX -> XlsxSheetWriter.streaming(out, sheetName, ROW_WINDOW);
      case CSV -> new CsvSheetWriter(out, encoding);
    };
  }
}
