package jp.azukari.member.importing;

import com.github.pjfanning.poi.xssf.streaming.TempFileSharedStringsTable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read with POI's event (SAX) reader, never as a whole
 * workbook: memory holds the shared strings and one row, whatever the number of rows. Dates come as
 * {@code yyyy-MM-dd}, numbers as plain digits (no grouping, no exponent), formulas as their cached
 * result, never evaluated.
 *
 * <p>Zip bombs are refused twice: before reading, by each entry's declared size and compression
 * ratio ({@link #checkNotABomb}); while reading, by POI's {@link ZipSecureFile} limits, which count
 * the bytes really inflated.
 */
record XlsxRows(File file) implements SheetRows {

  /** Refused if any entry inflates to more than this many times its compressed size. */
  static final double MAX_EXPANSION = 100;

  /** Refused if any entry inflates to more than this; a 100,000-row sheet is about 50 MB. */
  static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(1 / MAX_EXPANSION);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
  }

  @Override
  public void read(RowHandler handler) throws IOException {
    checkNotABomb(file);
    // The shared strings (every distinct text of the workbook) go to an encrypted temporary file:
    // held in memory, they would grow with the file.
    try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
        var strings = new TempFileSharedStringsTable(pkg, true)) {
      var reader = new XSSFReader(pkg);
      var styles = reader.getStylesTable();
      var sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new ImportRefused("import.noSheet", "The workbook has no sheet.");
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader xml = SAXHelper.newXMLReader();
        var rows = new Rows(handler);
        xml.setContentHandler(
            new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainValues(), false));
        xml.parse(new InputSource(sheet));
      } catch (StopReading stop) {
        // the handler had enough
      }
    } catch (ImportRefused refused) {
      throw refused;
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | javax.xml.parsers.ParserConfigurationException
        | RuntimeException e) {
      throw refusal(e);
    }
  }

  /**
   * Refuses a file whose entries declare an expansion no spreadsheet has. Declared sizes can lie;
   * {@link ZipSecureFile} then stops the real inflation.
   */
  static void checkNotABomb(File file) {
    try (var zip = new ZipFile(file)) {
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        var entry = entries.nextElement();
        long size = entry.getSize();
        long compressed = Math.max(1, entry.getCompressedSize());
        if (size > MAX_ENTRY_SIZE || (size > 1024 * 1024 && size / compressed > MAX_EXPANSION)) {
          throw zipBomb();
        }
      }
    } catch (IOException notAZip) {
      throw new ImportRefused(
          "import.notXlsx",
          "The file is not an XLSX workbook. Save it from Excel as .xlsx or CSV.");
    }
  }

  private static ImportRefused refusal(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Zip bomb")
          || message.contains("max. ratio")
          || message.contains("exceed")) {
        return zipBomb();
      }
    }
    return new ImportRefused(
        "import.notXlsx",
        "The workbook cannot be read. Save it from Excel as .xlsx (or CSV) and upload it again.");
  }

  private static ImportRefused zipBomb() {
    return new ImportRefused(
        "import.zipBomb",
        "The workbook expands to far more data than a member list can hold (a zip bomb) and was"
            + " refused.");
  }

  private static final class StopReading extends RuntimeException {
    StopReading() {
      super(null, null, false, false);
    }
  }

  /** Collects one row's cells by column, however sparse, and hands it on. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final RowHandler handler;
    private final List<String> cells = new ArrayList<>();
    private long number;

    Rows(RowHandler handler) {
      this.handler = handler;
    }

    @Override
    public void startRow(int rowNum) {
      number = rowNum + 1L;
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      if (!SheetRows.blank(cells) && !handler.row(number, List.copyOf(cells))) {
        throw new StopReading();
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      if (cells.size() == column) {
        cells.add(value);
      } else {
        cells.set(column, value);
      }
    }
  }

  /** Dates as ISO dates, other numbers as plain digits, whatever the cell's display format. */
  static final class PlainValues extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }
}
