package jp.azukari.member.japanese;

import java.text.Normalizer;

/**
 * Name kana (フリガナ) and the payout account holder kana (口座名義カナ), stored in full-width katakana
 * whatever the member typed: half-width katakana are widened, hiragana become katakana, and a
 * hyphen typed after a kana becomes the long-vowel mark ー (サト- → サトー).
 */
public final class Kana {

  /** Longest name kana, in characters. */
  public static final int NAME_MAX = 50;

  /**
   * Longest account holder kana, counted as the bank transfer (Zengin) format counts: one
   * half-width character each, a voiced kana such as ガ taking two (ｶﾞ).
   */
  public static final int HOLDER_MAX = 30;

  private Kana() {}

  /**
   * Name kana: katakana (small ones too), ー, the middle dot ・ (for foreign names) and spaces.
   *
   * @return the normal form, or {@code null} when nothing but spaces was typed
   */
  public static String name(String raw) {
    String kana = normalize(raw);
    if (kana.isEmpty()) {
      return null;
    }
    if (!kana.chars().allMatch(c -> c == ' ' || isNameKana(c))) {
      throw new RejectedInput(
          "kana.characters", "Write this in katakana or hiragana only, e.g. ヤマダ.");
    }
    Text.requireAtMost(kana, NAME_MAX);
    return kana;
  }

  /**
   * Account holder kana as the bank has it: katakana (small ones allowed, the bank itself turns
   * them into large ones), ー, spaces, and the full-width parentheses and full stop that the Zengin
   * character set knows. Typed ASCII {@code ( ) .} become （ ）．.
   *
   * @return the normal form, or {@code null} when nothing but spaces was typed
   */
  public static String accountHolder(String raw) {
    String kana = normalize(raw).replace('(', '（').replace(')', '）').replace('.', '．');
    if (kana.isEmpty()) {
      return null;
    }
    if (!kana.chars().allMatch(Kana::isHolderCharacter)) {
      throw new RejectedInput(
          "holderKana.characters",
          "Write the account holder in katakana as on your bank book, e.g. ヤマダ ハナコ.");
    }
    if (zenginLength(kana) > HOLDER_MAX) {
      throw new RejectedInput(
          "holderKana.tooLong",
          "The account holder is too long for a bank transfer (at most "
              + HOLDER_MAX
              + " half-width characters).");
    }
    return kana;
  }

  /** Hiragana to katakana, and a hyphen right after a kana to ー; nothing else changes. */
  public static String toKatakana(String text) {
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'ぁ' && c <= 'ゖ') || c == 'ゝ' || c == 'ゞ') {
        out.append((char) (c + 0x60));
      } else if (Text.DASHES.indexOf(c) >= 0
          && !out.isEmpty()
          && isKana(out.charAt(out.length() - 1))) {
        out.append('ー');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Length in half-width characters, as a bank transfer file counts it. */
  static int zenginLength(String kana) {
    return Normalizer.normalize(kana, Normalizer.Form.NFD).length();
  }

  private static String normalize(String raw) {
    return Text.squeezeSpaces(toKatakana(Text.foldWidth(Text.refuseControlCharacters(raw))));
  }

  private static boolean isKana(char c) {
    return (c >= 'ァ' && c <= 'ヺ') || c == 'ー';
  }

  private static boolean isNameKana(int c) {
    return (c >= 'ァ' && c <= 'ヺ') || c == 'ー' || c == '・' || c == 'ヽ' || c == 'ヾ';
  }

  private static boolean isHolderCharacter(int c) {
    return (c >= 'ァ' && c <= 'ヴ') || "ー （）．".indexOf(c) >= 0;
  }
}
