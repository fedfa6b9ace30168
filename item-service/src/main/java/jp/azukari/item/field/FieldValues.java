package jp.azukari.item.field;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Checks one value against its field's type and brings it to the form items store, accepting what
 * Japanese users type: full-width digits and commas ({@code １２，０００}), a yen sign or 円 on amounts, a
 * full-width space around text. {@code null} and blank input mean "no value".
 *
 * <p>Stored forms: TEXT and LONG_TEXT as trimmed strings, NUMBER and MONEY as {@link Long}, SELECT
 * as the option's value, BOOLEAN as {@link Boolean}, DATE as a {@code yyyy-MM-dd} string.
 */
public final class FieldValues {

  public static final int TEXT_MAX = 200;
  public static final int LONG_TEXT_MAX = 4000;

  /** The largest whole number accepted: a trillion yen is beyond any consigned item. */
  public static final long NUMBER_MAX = 999_999_999_999L;

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private FieldValues() {}

  /**
   * The value as stored, or {@code null} when {@code raw} means no value.
   *
   * @throws RejectedValue when {@code raw} does not fit the field
   */
  public static Object coerce(FieldDef field, Object raw) {
    if (raw == null || raw instanceof String text && text.strip().isEmpty()) {
      return null;
    }
    return switch (field.type()) {
      case TEXT -> text(raw, false, TEXT_MAX);
      case LONG_TEXT -> text(raw, true, LONG_TEXT_MAX);
      case NUMBER -> number(raw, false);
      case MONEY -> number(raw, true);
      case SELECT -> option(field, raw);
      case BOOLEAN -> bool(raw);
      case DATE -> date(raw);
    };
  }

  private static String text(Object raw, boolean multiline, int max) {
    if (!(raw instanceof String || raw instanceof Number || raw instanceof Boolean)) {
      throw new RejectedValue("value.text", "Enter text.");
    }
    String text = raw.toString().replace("\r\n", "\n").replace('\r', '\n');
    text = multiline ? text : text.replace('\n', ' ').replace('\t', ' ');
    if (CONTROL.matcher(text).find()) {
      throw new RejectedValue("value.text", "The text holds characters that cannot be shown.");
    }
    text = text.strip();
    if (text.codePointCount(0, text.length()) > max) {
      throw new RejectedValue("value.tooLong", "Enter at most " + max + " characters.");
    }
    return text;
  }

  private static Long number(Object raw, boolean money) {
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      return inRange(((Number) raw).longValue());
    }
    if (raw instanceof Number number) {
      double value = number.doubleValue();
      if (value != Math.rint(value) || Double.isInfinite(value)) {
        throw new RejectedValue("value.wholeNumber", "Enter a whole number.");
      }
      if (value < 0) {
        throw negative();
      }
      if (value > NUMBER_MAX) {
        throw tooLarge();
      }
      return (long) value;
    }
    if (!(raw instanceof String input)) {
      throw new RejectedValue("value.number", "Enter a number.");
    }
    String text = halfWidth(input).strip().replace(",", "").replace(" ", "");
    if (money) {
      if (text.startsWith("¥") || text.startsWith("\\")) {
        text = text.substring(1);
      }
      if (text.endsWith("円")) {
        text = text.substring(0, text.length() - 1);
      }
    }
    if (text.startsWith("-")) {
      throw negative();
    }
    if (text.matches("[0-9]+\\.[0-9]*")) {
      if (text.matches("[0-9]+\\.0*")) {
        text = text.substring(0, text.indexOf('.'));
      } else {
        throw new RejectedValue("value.wholeNumber", "Enter a whole number.");
      }
    }
    if (!DIGITS.matcher(text).matches()) {
      throw new RejectedValue(
          "value.number", money ? "Enter an amount in yen, e.g. 12000." : "Enter a number.");
    }
    if (text.length() > 15) {
      throw tooLarge();
    }
    return inRange(Long.parseLong(text));
  }

  private static Long inRange(long value) {
    if (value < 0) {
      throw negative();
    }
    if (value > NUMBER_MAX) {
      throw tooLarge();
    }
    return value;
  }

  private static RejectedValue negative() {
    return new RejectedValue("value.negative", "Enter 0 or more.");
  }

  private static RejectedValue tooLarge() {
    return new RejectedValue("value.tooLarge", "Enter at most " + NUMBER_MAX + ".");
  }

  private static String option(FieldDef field, Object raw) {
    String value = raw instanceof String text ? text.strip() : null;
    if (value == null || !field.hasOption(value)) {
      throw new RejectedValue(
          "value.option",
          "Choose one of "
              + String.join(", ", field.options().stream().map(FieldOption::value).toList())
              + ".");
    }
    return value;
  }

  private static Boolean bool(Object raw) {
    if (raw instanceof Boolean value) {
      return value;
    }
    if (raw instanceof String text) {
      switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "true" -> {
          return true;
        }
        case "false" -> {
          return false;
        }
        default -> {}
      }
    }
    throw new RejectedValue("value.boolean", "Answer yes (true) or no (false).");
  }

  private static String date(Object raw) {
    if (!(raw instanceof String input)) {
      throw dateFormat();
    }
    try {
      return LocalDate.parse(halfWidth(input).strip(), DATE).toString();
    } catch (DateTimeParseException e) {
      throw dateFormat();
    }
  }

  private static RejectedValue dateFormat() {
    return new RejectedValue("value.date", "Enter a date as yyyy-MM-dd, e.g. 2025-04-01.");
  }

  /**
   * Full-width ASCII (digits, commas, minus, yen sign) and the full-width space as their half-width
   * forms: what a Japanese keyboard in full-width mode types for numbers and dates.
   */
  static String halfWidth(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c >= 0xFF01 && c <= 0xFF5E) {
                out.appendCodePoint(c - 0xFEE0);
              } else if (c == 0x3000) {
                out.append(' ');
              } else if (c == 0xFFE5) {
                out.append('¥');
              } else if (c == 0x2212) {
                out.append('-');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
