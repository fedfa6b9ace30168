package jp.azukari.item.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of file, read back with the parsers a marketplace or a spreadsheet would use. */
class SheetWritersTest {

  static final List<String> HEADERS = List.of("管理番号", "タイトル", "開始価格", "説明", "数量");

  static byte[] write(SheetFile file, TextEncoding encoding, List<List<?>> rows)
      throws IOException {
    var out = new ByteArrayOutputStream();
    try (SheetWriter writer = SheetWriter.open(file, encoding, out, "出品")) {
      writer.header(HEADERS);
      for (List<?> row : rows) {
        writer.row(row);
      }
      writer.finish();
    }
    return out.toByteArray();
  }

  static List<CSVRecord> csv(byte[] bytes, TextEncoding encoding) throws IOException {
    try (var parser =
        CSVParser.parse(
            new InputStreamReader(new ByteArrayInputStream(bytes), encoding.charset()),
            CSVFormat.EXCEL)) {
      return parser.getRecords();
    }
  }

  @Test
  void writesAWorkbookWithHeadersInOrderNumbersAsNumbersAndTextAsText() throws IOException {
    byte[] xlsx =
        write(
            SheetFile.XLSX,
            TextEncoding.UTF_8,
            List.of(
                List.of("I-000001", "ルイ・ヴィトン スピーディ30", 12000L, "=HYPERLINK(\"x\")", 1L),
                Arrays.asList("I-000002", "+81 電話", new BigDecimal("1500.5"), null, 2L)));

    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("出品");
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("管理番号");
      assertThat(header.getCell(4).getStringCellValue()).isEqualTo("数量");
      assertThat(header.getCell(0).getCellStyle().getFontIndex()).isNotZero();
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("I-000001");
      assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12000.0);
      assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.STRING);
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
      Row second = sheet.getRow(2);
      assertThat(second.getCell(1).getStringCellValue()).isEqualTo("'+81 電話");
      assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(1500.5);
      assertThat(second.getCell(3)).isNull();
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void writesUtf8CsvWithAByteOrderMarkForExcel() throws IOException {
    byte[] bytes =
        write(
            SheetFile.CSV,
            TextEncoding.UTF_8,
            List.of(
                List.of("I-000001", "髙島屋の紙袋 😀", 500L, "改行を\n含む, 説明", 1L),
                Arrays.asList("I-000002", "@SUM(A1)", new BigDecimal("0.5"), null, 3L)));

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<CSVRecord> records = csv(bytes, TextEncoding.UTF_8);
    assertThat(records.getFirst().get(0)).isEqualTo("\uFEFF管理番号");
    assertThat(records.getFirst().toList().subList(1, 5))
        .containsExactly("タイトル", "開始価格", "説明", "数量");
    assertThat(records.get(1).toList())
        .containsExactly("I-000001", "髙島屋の紙袋 😀", "500", "改行を\n含む, 説明", "1");
    assertThat(records.get(2).toList()).containsExactly("I-000002", "'@SUM(A1)", "0.5", "", "3");
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
  }

  @Test
  void writesShiftJisThatDecodesBackAndReplacesWhatItCannotHoldVisibly() throws IOException {
    var out = new ByteArrayOutputStream();
    long replaced;
    try (SheetWriter writer = SheetWriter.open(SheetFile.CSV, TextEncoding.SHIFT_JIS, out, "x")) {
      writer.header(HEADERS);
      writer.row(List.of("I-000001", "㈱髙橋の①番 〜限定〜", 1000L, "絵文字😀と𠮷野家", 1L));
      writer.row(List.of("I-000002", "−5℃対応", 2000L, "-1+2", 1L));
      writer.finish();
      replaced = writer.replacedCharacters();
    }
    byte[] bytes = out.toByteArray();

    assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
    List<CSVRecord> records = csv(bytes, TextEncoding.SHIFT_JIS);
    assertThat(records.getFirst().toList()).isEqualTo(HEADERS);
    // The wave dash and the minus sign typed on phones become the forms Windows-31J holds.
    assertThat(records.get(1).toList())
        .containsExactly("I-000001", "㈱髙橋の①番 ～限定～", "1000", "絵文字〓と〓野家", "1");
    assertThat(records.get(2).toList()).containsExactly("I-000002", "'－5℃対応", "2000", "'-1+2", "1");
    assertThat(replaced).isEqualTo(2);
  }

  @Test
  void aStreamingWorkbookKeepsRowsInACompressedTemporaryFileAndDeletesItWhenClosed(
      @TempDir Path temporary) throws IOException {
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporary.toFile()));
    try {
      var out = new ByteArrayOutputStream();
      var writer = XlsxSheetWriter.streaming(out, "s", 10);
      writer.header(List.of("a"));
      for (int i = 0; i < 1000; i++) {
        writer.row(List.of("row " + i));
      }
      try (var files = Files.list(temporary)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .singleElement()
            .satisfies(name -> assertThat(name).endsWith(".gz"));
      }
      writer.finish();
      writer.close();
      try (var files = Files.list(temporary)) {
        assertThat(files).isEmpty();
      }
      try (var read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        assertThat(read.getSheetAt(0).getLastRowNum()).isEqualTo(1000);
        assertThat(read.getSheetAt(0).getRow(1000).getCell(0).getStringCellValue())
            .isEqualTo("row 999");
      }
    } finally {
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }
  }
}
