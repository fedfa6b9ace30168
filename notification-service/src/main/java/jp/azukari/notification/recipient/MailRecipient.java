package jp.azukari.notification.recipient;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The notification-service's own record of a member's address, fed by {@code member.events}: the
 * address a member was created or imported with (or confirmed), their name, and whether their
 * personal data was erased or their record merged into another (then the other record's address is
 * used: it is the same person). Written by field updates only, so every event's change is
 * idempotent.
 */
@Document("mail_recipients")
class MailRecipient {

  static final String EMAIL = "email";
  static final String FAMILY_NAME = "familyName";
  static final String GIVEN_NAME = "givenName";
  static final String MERGED_INTO = "mergedInto";
  static final String ERASED_AT = "erasedAt";
  static final String UPDATED_AT = "updatedAt";
  static final String ACCOUNT_STATUS = MemberAttributes.ACCOUNT_STATUS;
  static final String PREFECTURE = MemberAttributes.PREFECTURE;
  static final String VERIFICATION = MemberAttributes.VERIFICATION;
  static final String LAST_ACTIVE_AT = MemberAttributes.LAST_ACTIVE_AT;
  static final String NEWSLETTER = MemberAttributes.NEWSLETTER;

  @Id private String id;
  private String email;
  private String familyName;
  private String givenName;
  private String mergedInto;
  private Instant erasedAt;
  private Instant updatedAt;
  // Segment attributes (see MemberAttributes).
  private String accountStatus;
  private String prefecture;
  private String verification;
  private Instant lastActiveAt;
  private Boolean newsletter;

  protected MailRecipient() {}

  String id() {
    return id;
  }

  String email() {
    return email;
  }

  String mergedInto() {
    return mergedInto;
  }

  boolean erased() {
    return erasedAt != null;
  }

  /** Family name first, as members write their names; {@code null} when none is known. */
  String name() {
    if (familyName == null && givenName == null) {
      return null;
    }
    return ((familyName == null ? "" : familyName) + " " + (givenName == null ? "" : givenName))
        .strip();
  }
}
