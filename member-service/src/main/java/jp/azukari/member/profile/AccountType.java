package jp.azukari.member.profile;

import java.util.Locale;
import jp.azukari.member.japanese.RejectedInput;
import jp.azukari.member.japanese.Text;

/** 預金種目: the kind of bank account a payout goes to. */
public enum AccountType {
  /** 普通預金 (also a 総合口座's ordinary part). */
  ORDINARY("普通", "普通預金", "総合", "総合口座"),
  /** 当座預金. */
  CURRENT("当座", "当座預金"),
  /** 貯蓄預金. */
  SAVINGS("貯蓄", "貯蓄預金");

  private final String[] japaneseNames;

  AccountType(String... japaneseNames) {
    this.japaneseNames = japaneseNames;
  }

  /**
   * Reads the English name in any case and width, or the Japanese name as printed on bank books.
   *
   * @return the type, or {@code null} when nothing was typed
   */
  public static AccountType parse(String raw) {
    String text = Text.plain(raw, 20);
    if (text == null) {
      return null;
    }
    for (AccountType type : values()) {
      if (type.name().equals(text.toUpperCase(Locale.ROOT))
          || java.util.Arrays.asList(type.japaneseNames).contains(text)) {
        return type;
      }
    }
    throw new RejectedInput(
        "accountType.unknown", "Choose ORDINARY (普通), CURRENT (当座) or SAVINGS (貯蓄).");
  }
}
