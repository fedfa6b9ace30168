package jp.azukari.inquiry.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.azukari.platform.spreadsheet.SpreadsheetText;

/**
 * Comma-separated text as Excel reads it: UTF-8 with a byte order mark (without it Japanese Excel
 * reads Shift_JIS), CRLF, fields quoted where needed, text that looks like a formula neutralised.
 */
public final class Csv {

  private final StringBuilder text = new StringBuilder("\uFEFF");

  public Csv row(List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(cell(cells.get(i)));
    }
    text.append("\r\n");
    return this;
  }

  public byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text =
        value instanceof Number ? value.toString() : SpreadsheetText.neutralised(value.toString());
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
