package jp.azukari.member.registration;

import java.text.Normalizer;
import java.util.Locale;

final class EmailAddress {

  private EmailAddress() {}

  /** Full-width characters typed on a Japanese keyboard become ASCII; case is ignored. */
  static String normalize(String email) {
    return Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }
}
