package jp.azukari.item.field;

/**
 * What kind of value an item field holds, which decides how input is checked and normalised (see
 * {@link FieldValues}).
 */
public enum FieldType {
  /** One line of text, trimmed, at most {@link FieldValues#TEXT_MAX} characters. */
  TEXT,
  /** Several lines of text, at most {@link FieldValues#LONG_TEXT_MAX} characters. */
  LONG_TEXT,
  /** A whole number, 0 or more (a quantity). */
  NUMBER,
  /** An amount of whole yen, 0 or more. */
  MONEY,
  /** One of the field's options, by value. */
  SELECT,
  /** Yes or no. */
  BOOLEAN,
  /** A calendar date, {@code yyyy-MM-dd}. */
  DATE
}
