package jp.azukari.item.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.stream.Collectors;
import org.bson.types.Decimal128;

/**
 * What a cell holds: text, a whole number, a decimal, a truth value, or nothing. Values stored in
 * MongoDB in whatever Java type the driver chose become one of these; times are written as Japan
 * local time, the way staff read them.
 */
public final class Cells {

  /** Japan, where the shop and its marketplaces are. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Cells() {}

  /** {@code null}, a {@link String}, a {@link Long}, a {@link BigDecimal} or a {@link Boolean}. */
  public static Object of(Object value) {
    return switch (value) {
      case null -> null;
      case String text -> text;
      case Boolean truth -> truth;
      case Long number -> number;
      case Integer number -> number.longValue();
      case Short number -> number.longValue();
      case Byte number -> number.longValue();
      case BigDecimal number -> wholeIfPossible(number);
      case Decimal128 number -> wholeIfPossible(number.bigDecimalValue());
      case Double number when number.isNaN() || number.isInfinite() -> null;
      case Number number -> wholeIfPossible(new BigDecimal(number.toString()));
      case Instant instant -> dateTime(instant);
      case Date date -> dateTime(date.toInstant());
      case LocalDate date -> date.toString();
      case Collection<?> values ->
          values.stream()
              .map(Cells::of)
              .filter(java.util.Objects::nonNull)
              .map(Cells::text)
              .collect(Collectors.joining(", "));
      default -> value.toString();
    };
  }

  /** A time as Japan local time, {@code yyyy-MM-dd HH:mm:ss}; {@code null} stays {@code null}. */
  public static String dateTime(Instant instant) {
    return instant == null ? null : DATE_TIME.format(instant.atZone(JAPAN));
  }

  /** A cell's value as CSV text: numbers plain (no grouping, no exponent). */
  static String text(Object cell) {
    return switch (cell) {
      case null -> "";
      case BigDecimal number -> number.toPlainString();
      case Boolean truth -> truth ? "TRUE" : "FALSE";
      default -> cell.toString();
    };
  }

  private static Object wholeIfPossible(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
      return stripped.longValueExact();
    }
    return stripped;
  }
}
