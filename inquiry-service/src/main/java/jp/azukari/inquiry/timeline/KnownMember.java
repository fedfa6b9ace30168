package jp.azukari.inquiry.timeline;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member as this service heard of them on {@code member.events}: address, name and phone (digits
 * only, for lookups by phone). Written by field updates, so every event's change is idempotent.
 */
@Document("timeline_members")
record KnownMember(
    @Id String id,
    @Indexed String email,
    String familyName,
    String givenName,
    @Indexed String phone,
    String mergedInto,
    Instant erasedAt) {

  static final String EMAIL = "email";
  static final String FAMILY_NAME = "familyName";
  static final String GIVEN_NAME = "givenName";
  static final String PHONE = "phone";

  /** Family name first, as members write their names; {@code null} when none is known. */
  String name() {
    if (familyName == null && givenName == null) {
      return null;
    }
    return ((familyName == null ? "" : familyName) + " " + (givenName == null ? "" : givenName))
        .strip();
  }
}
