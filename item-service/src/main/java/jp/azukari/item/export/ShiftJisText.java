package jp.azukari.item.export;

import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * Fits text into Shift_JIS (Windows-31J). Characters that phones and Macs type in their Unicode
 * form but Windows-31J holds in another (the wave dash 〜, the minus sign −, ...) become that form;
 * anything else it cannot hold (emoji, rare kanji such as 𠮷) becomes 〓, the mark Japanese
 * typesetting uses for a missing character, so a reader sees where something was lost and the
 * export never fails on it.
 */
final class ShiftJisText {

  static final String REPLACEMENT = "〓";

  private static final Map<Integer, Integer> WINDOWS_FORMS =
      Map.of(
          0x301C, 0xFF5E, // 〜 wave dash -> ～ full-width tilde
          0x2212, 0xFF0D, // − minus sign -> － full-width hyphen-minus
          0x2016, 0x2225, // ‖ double vertical line -> ∥ parallel to
          0x2014, 0x2015, // — em dash -> ― horizontal bar
          0x00A2, 0xFFE0, // ¢
          0x00A3, 0xFFE1, // £
          0x00AC, 0xFFE2); // ¬

  private final CharsetEncoder encoder = TextEncoding.SHIFT_JIS.charset().newEncoder();
  private long replaced;

  String fit(String text) {
    if (text == null || encoder.canEncode(text)) {
      return text;
    }
    var fitted = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            codePoint -> {
              String character = Character.toString(codePoint);
              if (encoder.canEncode(character)) {
                fitted.append(character);
                return;
              }
              Integer windowsForm = WINDOWS_FORMS.get(codePoint);
              if (windowsForm != null) {
                fitted.appendCodePoint(windowsForm);
              } else {
                fitted.append(REPLACEMENT);
                replaced++;
              }
            });
    return fitted.toString();
  }

  /** Whether the text is held as it is, without replacements or other forms. */
  static boolean holds(String text) {
    return TextEncoding.SHIFT_JIS.charset().newEncoder().canEncode(text);
  }

  long replaced() {
    return replaced;
  }
}
