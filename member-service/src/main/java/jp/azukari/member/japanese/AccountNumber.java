package jp.azukari.member.japanese;

/**
 * Bank account numbers (口座番号): exactly 7 digits, as the bank transfer format has them. Shorter
 * numbers are not padded silently (a forgotten digit would then look valid); the message tells the
 * member to add the leading zeros their bank book shows. Japan Post Bank members enter the 7-digit
 * number of their account for transfers from other banks (振込用の口座番号).
 */
public final class AccountNumber {

  private AccountNumber() {}

  /**
   * @return the 7 digits, or {@code null} when nothing was typed
   */
  public static String normalize(String raw) {
    String number = Text.withoutSeparators(Text.nfkc(Text.refuseControlCharacters(raw)));
    if (number.isEmpty()) {
      return null;
    }
    if (!number.matches("[0-9]{7}")) {
      throw new RejectedInput(
          "accountNumber.format",
          "Enter the 7-digit account number; add leading zeros if yours is shorter, e.g. 0012345.");
    }
    return number;
  }
}
