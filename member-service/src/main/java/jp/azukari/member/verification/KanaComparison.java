package jp.azukari.member.verification;

import jp.azukari.member.japanese.Kana;
import jp.azukari.member.japanese.Text;

/**
 * Compares kana as a bank compares account holder names: width, hiragana/katakana, spaces, the
 * middle dot and small kana make no difference (banks print ャ as ヤ).
 */
final class KanaComparison {

  private static final String SMALL = "ァィゥェォッャュョヮヵヶ";
  private static final String LARGE = "アイウエオツヤユヨワカケ";

  private KanaComparison() {}

  static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }

  /** The form two kana are compared in. */
  static String key(String kana) {
    if (kana == null) {
      return "";
    }
    String folded = Kana.toKatakana(Text.foldWidth(kana));
    var out = new StringBuilder(folded.length());
    folded
        .codePoints()
        .filter(c -> !Character.isSpaceChar(c) && c != '・' && c != '･')
        .forEach(
            c -> {
              int small = SMALL.indexOf(c);
              out.appendCodePoint(small >= 0 ? LARGE.charAt(small) : c);
            });
    return out.toString();
  }
}
