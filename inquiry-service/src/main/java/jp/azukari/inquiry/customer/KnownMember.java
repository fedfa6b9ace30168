package jp.azukari.inquiry.customer;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the inquiry-service knows of a member, built only from {@code member.events} (and the
 * language from {@code member.links}): name, address, phone, language, to show the customer of an
 * inquiry and to link inquiries by address or phone.
 */
@Document("members")
class KnownMember {

  static final String EMAIL = "email";
  static final String PHONE = "phone";

  @Id private String id;
  private String familyName;
  private String givenName;
  @Indexed private String email;
  @Indexed private String phone;
  private String language;
  private String mergedInto;
  private Instant erasedAt;
  private Instant updatedAt;

  protected KnownMember() {}

  String id() {
    return id;
  }

  String name() {
    if (familyName == null && givenName == null) {
      return null;
    }
    if (familyName == null || givenName == null) {
      return familyName != null ? familyName : givenName;
    }
    return familyName + " " + givenName;
  }

  String email() {
    return email;
  }

  String phone() {
    return phone;
  }

  String language() {
    return language;
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
