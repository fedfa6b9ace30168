package jp.azukari.workflow.members;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What workflow-service knows of a member, built only from {@code member.events}: the name staff
 * see on requests, the identity verification some statuses require and the account status that
 * decides whether the member may start a request. The id is the member's id (their Keycloak
 * subject).
 */
@Document("members")
class KnownMember {

  @Id private String id;
  private String familyName;
  private String givenName;

  /** Family and given name without spaces, for searching requests by member name. */
  @Indexed private String searchName;

  private MemberVerification verification = MemberVerification.NOT_SUBMITTED;
  private String accountStatus;
  private String mergedInto;
  private Instant erasedAt;
  private Instant updatedAt;

  protected KnownMember() {}

  KnownMember(String id) {
    this.id = id;
  }

  void familyName(String familyName) {
    this.familyName = blankToNull(familyName);
    refreshSearchName();
  }

  void givenName(String givenName) {
    this.givenName = blankToNull(givenName);
    refreshSearchName();
  }

  void verification(MemberVerification verification) {
    this.verification = verification;
  }

  void accountStatus(String accountStatus) {
    this.accountStatus = accountStatus;
  }

  void mergedInto(String survivorId) {
    this.mergedInto = survivorId;
  }

  /** Personal data erased: the name goes, the facts the law keeps stay. */
  void erase(Instant at) {
    familyName = null;
    givenName = null;
    searchName = null;
    erasedAt = at;
  }

  void touched(Instant at) {
    updatedAt = at;
  }

  private void refreshSearchName() {
    String name = (familyName == null ? "" : familyName) + (givenName == null ? "" : givenName);
    searchName = name.isEmpty() ? null : name.replaceAll("\\s+", "");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  String id() {
    return id;
  }

  /** Family name first, as Japanese names are written; {@code null} when not known. */
  String name() {
    if (familyName == null && givenName == null) {
      return null;
    }
    if (familyName == null || givenName == null) {
      return familyName != null ? familyName : givenName;
    }
    return familyName + " " + givenName;
  }

  MemberVerification verification() {
    return verification == null ? MemberVerification.NOT_SUBMITTED : verification;
  }

  String accountStatus() {
    return accountStatus;
  }

  String mergedInto() {
    return mergedInto;
  }

  Instant erasedAt() {
    return erasedAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
