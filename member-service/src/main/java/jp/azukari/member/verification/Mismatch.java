package jp.azukari.member.verification;

/**
 * Something a verifier should look at before deciding: a difference between the profile and the
 * payout account, a missing field, a missing document.
 *
 * @param code the rule, e.g. {@code holderKana.differs}, {@code field.missing}, {@code
 *     documents.none}, {@code documents.backMissing}, {@code email.unconfirmed}
 * @param field the field concerned by its API name (or the document kind), if any
 * @param expected what the profile says, if it applies
 * @param actual what differs from it, if it applies
 */
record Mismatch(String code, String field, String expected, String actual) {

  static Mismatch of(String code, String field) {
    return new Mismatch(code, field, null, null);
  }
}
