package jp.azukari.member.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * A CSV file as Excel writes it (RFC 4180: commas, double quotes, CRLF), in the given encoding, a
 * UTF-8 byte order mark skipped. Read by a streaming parser. Cells are always text: a cell that
 * looks like a formula ({@code =1+1}) is taken as the characters it holds. Row numbers count
 * records, the header being 1.
 */
record CsvRows(Supplier<InputStream> file, Charset charset) implements SheetRows {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  @Override
  public void read(RowHandler handler) throws IOException {
    try (InputStream in = BOMInputStream.builder().setInputStream(file.get()).get();
        var reader =
            new BufferedReader(new InputStreamReader(in, charset.newDecoder()), 64 * 1024);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      for (CSVRecord record : parser) {
        var cells = new ArrayList<String>(record.size());
        record.forEach(cells::add);
        if (!SheetRows.blank(cells) && !handler.row(record.getRecordNumber(), cells)) {
          return;
        }
      }
    } catch (UncheckedIOException malformed) {
      if (malformed.getCause() instanceof CharacterCodingException) {
        throw wrongEncoding();
      }
      throw new ImportRefused(
          "import.malformedCsv",
          "The CSV file cannot be read to its end: "
              + malformed.getCause().getMessage()
              + " Check quotes around cells that contain commas or line breaks.");
    } catch (CharacterCodingException e) {
      throw wrongEncoding();
    }
  }

  private ImportRefused wrongEncoding() {
    return new ImportRefused(
        "import.encoding",
        "The file is not in "
            + charset.displayName()
            + ". Choose the encoding it was saved in (UTF-8 or Shift_JIS).");
  }
}
