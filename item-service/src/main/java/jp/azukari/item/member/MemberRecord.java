package jp.azukari.item.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
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
 * @param documents the identity documents on file (deleted ones left out), from which {@code
 *     verification.documentKinds} is derived
 * @param mergedInto the member this record was merged into as a duplicate, {@code null} otherwise
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
    Instant updatedAt,
    List<DocumentOnFile> documents,
    String mergedInto) {

  @PersistenceCreator
  public MemberRecord {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /** A record without documents on file, not merged. */
  public MemberRecord(
      String id,
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
    this(
        id,
        familyName,
        givenName,
        familyNameKana,
        givenNameKana,
        birthDate,
        occupation,
        address,
        verification,
        erasedAt,
        updatedAt,
        List.of(),
        null);
  }

  /** A postal address as the member-service holds it. */
  public record Address(
      String postalCode, String prefecture, String city, String line1, String line2) {

    static final Address EMPTY = new Address(null, null, null, null, null);
  }

  /**
   * The identity verification: {@code state} NOT_SUBMITTED, PENDING, VERIFIED or REJECTED; {@code
   * documentKinds} what was shown, e.g. {@code DRIVING_LICENCE}; {@code decidedAt} when a verifier
   * decided.
   */
  public record Verification(
      String state, java.util.List<String> documentKinds, Instant decidedAt) {

    static final Verification NOT_SUBMITTED = new Verification("NOT_SUBMITTED", List.of(), null);
  }

  /** An identity document on file: its id and kind, e.g. {@code MY_NUMBER_CARD}. */
  public record DocumentOnFile(String id, String kind) {}

  /** A member known only by id so far. */
  static MemberRecord known(String id, Instant at) {
    return new MemberRecord(
        id,
        null,
        null,
        null,
        null,
        null,
        null,
        Address.EMPTY,
        Verification.NOT_SUBMITTED,
        null,
        at,
        List.of(),
        null);
  }

  /**
   * The name staff see, family name first as Japanese write it; {@code null} when unknown or
   * erased.
   */
  public String displayName() {
    if (familyName == null && givenName == null) {
      return null;
    }
    if (familyName == null || givenName == null) {
      return familyName != null ? familyName : givenName;
    }
    return familyName + " " + givenName;
  }

  /** Whether the member's identity is verified. */
  public boolean verified() {
    return verification != null && "VERIFIED".equals(verification.state());
  }

  /**
   * The record with one profile field set, by the member-service's API name ({@code familyName},
   * {@code address.postalCode}, {@code birthDate} as {@code yyyy-MM-dd}...). Fields the
   * item-service does not keep (a phone number) leave it as it is.
   */
  MemberRecord withProfileField(String field, Object value, Instant at) {
    String text = value == null || value.toString().isBlank() ? null : value.toString();
    Address a = address == null ? Address.EMPTY : address;
    return switch (field) {
      case "familyName" ->
          with(text, givenName, familyNameKana, givenNameKana, birthDate, occupation, a, at);
      case "givenName" ->
          with(familyName, text, familyNameKana, givenNameKana, birthDate, occupation, a, at);
      case "familyNameKana" ->
          with(familyName, givenName, text, givenNameKana, birthDate, occupation, a, at);
      case "givenNameKana" ->
          with(familyName, givenName, familyNameKana, text, birthDate, occupation, a, at);
      case "birthDate" ->
          with(familyName, givenName, familyNameKana, givenNameKana, date(text), occupation, a, at);
      case "occupation" ->
          with(familyName, givenName, familyNameKana, givenNameKana, birthDate, text, a, at);
      case "address.postalCode" ->
          with(new Address(text, a.prefecture(), a.city(), a.line1(), a.line2()), at);
      case "address.prefecture" ->
          with(new Address(a.postalCode(), text, a.city(), a.line1(), a.line2()), at);
      case "address.city" ->
          with(new Address(a.postalCode(), a.prefecture(), text, a.line1(), a.line2()), at);
      case "address.line1" ->
          with(new Address(a.postalCode(), a.prefecture(), a.city(), text, a.line2()), at);
      case "address.line2" ->
          with(new Address(a.postalCode(), a.prefecture(), a.city(), a.line1(), text), at);
      default -> this;
    };
  }

  /** The record with the verification in another state. */
  MemberRecord withVerification(String state, Instant decidedAt, Instant at) {
    return new MemberRecord(
        id,
        familyName,
        givenName,
        familyNameKana,
        givenNameKana,
        birthDate,
        occupation,
        address,
        new Verification(state, kinds(documents), decidedAt),
        erasedAt,
        at,
        documents,
        mergedInto);
  }

  /** The record with these documents on file. */
  MemberRecord withDocuments(List<DocumentOnFile> onFile, Instant at) {
    Verification v = verification == null ? Verification.NOT_SUBMITTED : verification;
    return new MemberRecord(
        id,
        familyName,
        givenName,
        familyNameKana,
        givenNameKana,
        birthDate,
        occupation,
        address,
        new Verification(v.state(), kinds(onFile), v.decidedAt()),
        erasedAt,
        at,
        onFile,
        mergedInto);
  }

  /** The record after the member's personal data was erased: the verification record stays. */
  MemberRecord erased(Instant at) {
    return new MemberRecord(
        id,
        null,
        null,
        null,
        null,
        null,
        null,
        Address.EMPTY,
        verification,
        at,
        at,
        documents,
        mergedInto);
  }

  /** The record of a duplicate merged into {@code survivorId}. */
  MemberRecord mergedInto(String survivorId, Instant at) {
    return new MemberRecord(
        id,
        familyName,
        givenName,
        familyNameKana,
        givenNameKana,
        birthDate,
        occupation,
        address,
        verification,
        erasedAt,
        at,
        documents,
        survivorId);
  }

  private MemberRecord with(
      String familyName,
      String givenName,
      String familyNameKana,
      String givenNameKana,
      LocalDate birthDate,
      String occupation,
      Address address,
      Instant at) {
    return new MemberRecord(
        id,
        familyName,
        givenName,
        familyNameKana,
        givenNameKana,
        birthDate,
        occupation,
        address,
        verification,
        erasedAt,
        at,
        documents,
        mergedInto);
  }

  private MemberRecord with(Address address, Instant at) {
    return with(
        familyName, givenName, familyNameKana, givenNameKana, birthDate, occupation, address, at);
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException notADate) {
      return null;
    }
  }

  private static List<String> kinds(List<DocumentOnFile> documents) {
    var kinds = new ArrayList<String>();
    for (DocumentOnFile document : documents) {
      if (document.kind() != null && !kinds.contains(document.kind())) {
        kinds.add(document.kind());
      }
    }
    return List.copyOf(kinds);
  }
}
