package jp.azukari.item.member;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the item-service knows of a member, from {@code member.events}: the counterparty data the
 * transaction ledger (古物台帳) must record, and the name staff see beside items. Cleared when the
 * member's personal data is erased; ledger entries keep their own copy.
 *
 * @param id the member's id
 * @param familyName family name, {@code null} when unknown or erased
 * @param givenName given name
 * @param familyNameKana family name in katakana
 * @param givenNameKana given name in katakana
 * @param birthDate birth date
 * @param occupation occupation
 * @param address postal address
 * @param verification how and when the member's identity was verified
 * @param erasedAt when the member's personal data was erased, {@code null} otherwise
 * @param updatedAt when this record last changed
 */
@Document("members")
public record MemberRecord(
    @Id String id,
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    LocalDate birthDate,
    String occupation,
    Address address,
    Verification verification,
    Instant erasedAt,
    Instant updatedAt) {

  /** A postal address as the member-service holds it. */
  public record Address(
      String postalCode, String prefecture, String city, String line1, String line2) {}

  /**
   * The identity verification: {@code state} NOT_SUBMITTED, PENDING, VERIFIED or REJECTED; {@code
   * documentKinds} what was shown, e.g. {@code DRIVING_LICENCE}; {@code decidedAt} when a verifier
   * decided.
   */
  public record Verification(
      String state, java.util.List<String> documentKinds, Instant decidedAt) {}
}
