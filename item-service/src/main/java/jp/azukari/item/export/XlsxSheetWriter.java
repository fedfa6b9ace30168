package jp.azukari.item.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import jp.azukari.platform.spreadsheet.SpreadsheetText;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook of one sheet. The streaming workbook (POI SXSSF) keeps only a small window of
 * rows in memory and flushes the others to a compressed temporary file, so memory does not grow
 * with the row count; text is written as inline strings, so no shared-strings table grows either.
 */
final class XlsxSheetWriter implements SheetWriter {

  private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
  private static final int COLUMN_WIDTH = 20 * 256;

  private final Workbook workbook;
  private final Sheet sheet;
  private final OutputStream out;
  private int rows;

  /** Any workbook; {@link #streaming} is the one to use. */
  XlsxSheetWriter(Workbook workbook, OutputStream out, String sheetName) {
    this.workbook = workbook;
    this.out = out;
    this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
  }

  static XlsxSheetWriter streaming(OutputStream out, String sheetName, int rowWindow) {
    // Compressed temporary files; inline strings instead of a shared-strings table in memory.
    return new XlsxSheetWriter(new SXSSFWorkbook(null, rowWindow, true, false), out, sheetName);
  }

  @Override
  public void header(List<String> headers) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    Row row = sheet.createRow(rows++);
    for (int i = 0; i < headers.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(text(headers.get(i)));
      cell.setCellStyle(style);
      sheet.setColumnWidth(i, COLUMN_WIDTH);
    }
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void row(List<?> cells) {
    Row row = sheet.createRow(rows++);
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      switch (value) {
        case Long number -> cell.setCellValue(number);
        case BigDecimal number -> cell.setCellValue(number.doubleValue());
        case Boolean truth -> cell.setCellValue(truth);
        default -> cell.setCellValue(text(value.toString()));
      }
    }
  }

  @Override
  public void finish() throws IOException {
    workbook.write(out);
  }

  @Override
  public long replacedCharacters() {
    return 0;
  }

  /** Deletes the temporary files of a streaming workbook. */
  @Override
  public void close() throws IOException {
    try {
      if (workbook instanceof SXSSFWorkbook streaming) {
        streaming.dispose();
      }
    } finally {
      workbook.close();
    }
  }

  private static String text(String value) {
    String text = SpreadsheetText.neutralised(value);
    return text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text;
  }
}
