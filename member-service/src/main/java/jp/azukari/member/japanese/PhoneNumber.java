package jp.azukari.member.japanese;

/**
 * Japanese phone numbers, stored as digits only ({@code 09012345678}): where the hyphens go depends
 * on the length of the area code, which only a numbering-plan table knows, so the digits are the
 * one unambiguous form (and the one to search by); screens may format them for display.
 *
 * <p>Accepted: full-width digits, any dash or long-vowel mark, spaces and parentheses between
 * digits, and {@code +81} instead of the leading 0. Valid are 11 digits starting with 0, a digit
 * from 2 to 9 and 0 (mobile 070/080/090, IP phone 050, 0800, 020), or else 10 digits starting with
 * 0 (fixed lines, 0120, 0570): a 10-digit number starting 090 has lost a digit.
 */
public final class PhoneNumber {

  private static final String TEN_DIGITS = "0(?:1[0-9]|[2-9][1-9])[0-9]{7}";
  private static final String ELEVEN_DIGITS = "0[2-9]0[0-9]{8}";

  private PhoneNumber() {}

  /**
   * @return the digits, or {@code null} when nothing was typed
   */
  public static String normalize(String raw) {
    String number =
        Text.withoutSeparators(Text.nfkc(Text.refuseControlCharacters(raw))).replaceAll("[()]", "");
    if (number.isEmpty()) {
      return null;
    }
    if (number.startsWith("+81")) {
      number = number.substring(3);
      number = number.startsWith("0") ? number : "0" + number;
    }
    if (!number.matches("\\+?[0-9]+")) {
      throw new RejectedInput(
          "phone.characters", "Enter the phone number in digits, e.g. 090-1234-5678.");
    }
    if (!number.matches(TEN_DIGITS) && !number.matches(ELEVEN_DIGITS)) {
      throw new RejectedInput(
          "phone.format",
          "Enter a Japanese phone number of 10 or 11 digits starting with 0, e.g. 090-1234-5678.");
    }
    return number;
  }
}
