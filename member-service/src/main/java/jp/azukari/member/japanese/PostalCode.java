package jp.azukari.member.japanese;

import java.util.regex.Pattern;

/**
 * Postal codes (郵便番号), stored as {@code 123-4567}. Accepted: {@code 1234567}, {@code 123-4567},
 * full-width digits, any dash or long-vowel mark as the hyphen, spaces, and a leading 〒.
 */
public final class PostalCode {

  private static final Pattern SEVEN_DIGITS = Pattern.compile("([0-9]{3})-?([0-9]{4})");

  private PostalCode() {}

  /**
   * @return {@code 123-4567}, or {@code null} when nothing was typed
   */
  public static String normalize(String raw) {
    String code = Text.nfkc(Text.refuseControlCharacters(raw)).strip();
    if (code.startsWith("〒")) {
      code = code.substring(1);
    }
    code = Text.dashesToHyphens(code).replaceAll("\\p{Zs}", "");
    if (code.isEmpty()) {
      return null;
    }
    var matcher = SEVEN_DIGITS.matcher(code);
    if (!matcher.matches()) {
      throw new RejectedInput(
          "postalCode.format", "Enter the postal code as 7 digits, e.g. 123-4567.");
    }
    return matcher.group(1) + "-" + matcher.group(2);
  }
}
