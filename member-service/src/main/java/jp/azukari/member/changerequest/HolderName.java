package jp.azukari.member.changerequest;

import java.text.Normalizer;

/**
 * Whether a payout account's holder kana is the member's name kana, as a bank compares them: width
 * folded, spaces and dots ignored, small kana read as large ones (banks print ャ as ヤ).
 */
final class HolderName {

  private static final String SMALL = "ァィゥェォッャュョヮヵヶ";
  private static final String LARGE = "アイウエオツヤユヨワカケ";

  private HolderName() {}

  static boolean matches(String holderKana, String familyNameKana, String givenNameKana) {
    if (holderKana == null || familyNameKana == null || givenNameKana == null) {
      return false;
    }
    return normalize(holderKana).equals(normalize(familyNameKana + givenNameKana));
  }

  static String normalize(String kana) {
    var text = Normalizer.normalize(kana, Normalizer.Form.NFKC);
    var out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || c == '・'
          || c == '．'
          || c == '.') {
        continue;
      }
      int small = SMALL.indexOf(c);
      out.append(small >= 0 ? LARGE.charAt(small) : c);
    }
    return out.toString();
  }
}
