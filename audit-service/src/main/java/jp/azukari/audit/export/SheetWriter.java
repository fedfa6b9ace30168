package jp.azukari.audit.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.azukari.platform.spreadsheet.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows to a CSV (UTF-8 with a byte order mark, as Japanese Excel needs) or to a streaming
 * XLSX workbook (POI SXSSF: a small window of rows in memory). Text that a spreadsheet would run as
 * a formula is neutralised; numbers stay numbers.
 */
interface SheetWriter extends AutoCloseable {

  int XLSX_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  void row(List<?> cells) throws IOException;

  void finish() throws IOException;

  @Override
  void close() throws IOException;

  static SheetWriter open(AuditExport.Format format, OutputStream out) throws IOException {
    return format == AuditExport.Format.CSV ? new Csv(out) : new Xlsx(out);
  }

  private static String text(Object value) {
    String text = SpreadsheetText.neutralised(value.toString());
    int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    return text.length() > max ? text.substring(0, max) : text;
  }

  /** CSV as Excel writes it. */
  final class Csv implements SheetWriter {
    private final CSVPrinter csv;

    Csv(OutputStream out) throws IOException {
      var writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      writer.write('\uFEFF');
      csv = new CSVPrinter(writer, CSVFormat.EXCEL);
    }

    @Override
    public void row(List<?> cells) throws IOException {
      csv.printRecord(
          cells.stream().map(c -> c == null ? "" : c instanceof Number ? c.toString() : text(c)));
    }

    @Override
    public void finish() throws IOException {
      csv.flush();
    }

    @Override
    public void close() {}
  }

  /** One sheet of a streaming workbook, its temporary files deleted on close. */
  final class Xlsx implements SheetWriter {
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false);
    private final Sheet sheet = workbook.createSheet("audit");
    private final OutputStream out;
    private int rows;

    Xlsx(OutputStream out) {
      this.out = out;
    }

    @Override
    public void row(List<?> cells) {
      Row row = sheet.createRow(rows++);
      for (int i = 0; i < cells.size(); i++) {
        Object value = cells.get(i);
        if (value instanceof Number number) {
          row.createCell(i).setCellValue(number.doubleValue());
        } else if (value != null) {
          row.createCell(i).setCellValue(text(value));
        }
      }
    }

    @Override
    public void finish() throws IOException {
      workbook.write(out);
    }

    @Override
    public void close() throws IOException {
      try {
        workbook.dispose();
      } finally {
        workbook.close();
      }
    }
  }
}
