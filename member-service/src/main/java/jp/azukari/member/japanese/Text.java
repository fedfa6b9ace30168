package jp.azukari.member.japanese;

import java.text.Normalizer;

/**
 * Building blocks for what people type on Japanese keyboards and phones.
 *
 * <p>Two kinds of width normalisation, on purpose:
 *
 * <ul>
 *   <li>{@link #foldWidth} for names and other free text: full-width ASCII letters, digits and
 *       symbols become ASCII, every kind of space becomes one ASCII space, half-width katakana
 *       become full-width. Nothing else changes, so kanji in names keep the exact variant the
 *       person uses (NFKC and even NFC would replace compatibility ideographs such as 神 U+FA19).
 *   <li>{@link #nfkc} for digit-like fields (postal code, phone, account number, dates), where
 *       Unicode compatibility normalisation is exactly what is wanted.
 * </ul>
 *
 * <p>Every field refuses control characters first ({@link #refuseControlCharacters}): line breaks
 * in a name would end up in mail headers later.
 */
public final class Text {

  /**
   * Characters people type as a hyphen between digits: hyphen-minus, hyphen, non-breaking hyphen,
   * figure dash, en dash, em dash, horizontal bar, minus sign, hyphen bullet, small and full-width
   * hyphen-minus, and the katakana long-vowel mark (full and half width), which Japanese IMEs often
   * produce instead of a hyphen.
   */
  public static final String DASHES =
      "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\uFE58\uFE63\uFF0D\u30FC\uFF70";

  private static final String CONTROL_MESSAGE =
      "Remove line breaks, tabs and other invisible control characters.";

  private Text() {}

  /**
   * Free text such as a name, city or bank name: control characters refused, widths folded, spaces
   * squeezed.
   *
   * @return the normal form, or {@code null} when nothing but spaces was typed
   */
  public static String plain(String raw, int maxLength) {
    String text = squeezeSpaces(foldWidth(refuseControlCharacters(raw)));
    if (text.isEmpty()) {
      return null;
    }
    requireAtMost(text, maxLength);
    return text;
  }

  /**
   * Refuses line breaks, tabs and other control characters, invisible format characters (zero-width
   * spaces, bidirectional overrides, byte order marks), line and paragraph separators and broken
   * surrogate pairs.
   *
   * @return the input, or an empty string for {@code null}
   */
  public static String refuseControlCharacters(String raw) {
    if (raw == null) {
      return "";
    }
    boolean refused =
        raw.codePoints()
            .anyMatch(
                c ->
                    switch (Character.getType(c)) {
                      case Character.CONTROL,
                          Character.FORMAT,
                          Character.LINE_SEPARATOR,
                          Character.PARAGRAPH_SEPARATOR,
                          Character.SURROGATE ->
                          true;
                      default -> false;
                    });
    if (refused) {
      throw new RejectedInput("text.controlCharacters", CONTROL_MESSAGE);
    }
    return raw;
  }

  /**
   * Full-width ASCII to ASCII, any space to an ASCII space, half-width katakana to full-width
   * (joining a voiced sound mark with the kana before it: ｶﾞ becomes ガ).
   */
  public static String foldWidth(String text) {
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        out.append((char) (c - 0xFEE0));
      } else if (Character.getType(c) == Character.SPACE_SEPARATOR) {
        out.append(' ');
      } else if (c >= '\uFF61' && c <= '\uFF9F') {
        appendJoiningVoicedMarks(
            out, Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
      } else if (c >= '\u3099' && c <= '\u309C') {
        appendJoiningVoicedMarks(out, String.valueOf(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Unicode compatibility normalisation, for fields that hold digits and ASCII only. */
  public static String nfkc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** Trims and turns every run of spaces into one ASCII space. */
  public static String squeezeSpaces(String text) {
    return text.replaceAll("\\p{Zs}+", " ").strip();
  }

  /** Every character of {@link #DASHES} becomes an ASCII hyphen-minus. */
  public static String dashesToHyphens(String text) {
    var out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(DASHES.indexOf(c) >= 0 ? '-' : (char) c));
    return out.toString();
  }

  /** Removes spaces and hyphens that people put between groups of digits. */
  public static String withoutSeparators(String text) {
    return dashesToHyphens(text).replaceAll("[\\p{Zs}\\-]", "");
  }

  static void requireAtMost(String text, int maxLength) {
    if (text.codePointCount(0, text.length()) > maxLength) {
      throw new RejectedInput("text.tooLong", "Use at most " + maxLength + " characters.");
    }
  }

  /**
   * Appends kana, joining a (combining or spacing) voiced sound mark with the kana before it where
   * Unicode has the joined character; a mark that cannot be joined stays as the visible ゛ or ゜.
   * Only the two characters are normalised, never the text around them.
   */
  private static void appendJoiningVoicedMarks(StringBuilder out, String kana) {
    for (int i = 0; i < kana.length(); i++) {
      char c = kana.charAt(i);
      char combining =
          switch (c) {
            case '\u3099', '\u309B' -> '\u3099';
            case '\u309A', '\u309C' -> '\u309A';
            default -> 0;
          };
      if (combining == 0) {
        out.append(c);
      } else if (!joinWithPrevious(out, combining)) {
        out.append(combining == '\u3099' ? '\u309B' : '\u309C');
      }
    }
  }

  private static boolean joinWithPrevious(StringBuilder out, char combining) {
    if (out.isEmpty()) {
      return false;
    }
    char previous = out.charAt(out.length() - 1);
    String joined = Normalizer.normalize(String.valueOf(previous) + combining, Normalizer.Form.NFC);
    if (joined.length() != 1) {
      return false;
    }
    out.setCharAt(out.length() - 1, joined.charAt(0));
    return true;
  }
}
