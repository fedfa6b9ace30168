package jp.azukari.platform.spreadsheet;

/**
 * Text for a cell of a file people open in a spreadsheet (a report, an export): a value that Excel,
 * LibreOffice or Google Sheets would run as a formula (CSV injection) gets a leading apostrophe, so
 * opening the file never executes what a member or an uploaded file wrote.
 *
 * <p>A formula starts with {@code = + - @}, or with a tab or carriage return that some spreadsheets
 * strip before looking. Leading spaces do not make a value safe (spreadsheets trim them when they
 * parse a CSV field), and the full-width forms {@code ＝ ＋ － ＠} that a Japanese input method
 * produces are treated like their ASCII originals, as some spreadsheets convert them on entry.
 * Numbers are written as numbers by the caller and never pass through here.
 */
public final class SpreadsheetText {

  private static final String FORMULA_STARTS = "=+-@\t\r\n＝＋－＠";

  private SpreadsheetText() {}

  /** The value as a spreadsheet shows it literally; {@code null} stays {@code null}. */
  public static String neutralised(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return startsLikeAFormula(value) ? "'" + value : value;
  }

  /** Whether a spreadsheet could take the value for a formula. */
  public static boolean startsLikeAFormula(String value) {
    int i = 0;
    while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\u3000')) {
      i++;
    }
    if (i == value.length()) {
      return false;
    }
    // A tab or line break first is dangerous even where it follows spaces.
    return FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
  }
}
