package jp.azukari.member.changerequest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.azukari.member.profile.Address;
import jp.azukari.member.profile.Profile;

/**
 * The profile fields that identity verification vouches for (name, its kana, birth date, address),
 * read and written by their API names. A verified member's change of any of them waits for staff.
 */
final class ProfileFields {

  static final List<String> VERIFIED = Profile.VERIFIED_FIELDS;

  /**
   * Fields whose change the identity documents on file no longer prove (the Antique Dealings Act
   * asks for the seller's name and address): approving one sends the member back to verification.
   */
  static final Set<String> NEED_NEW_DOCUMENTS =
      Set.of(
          "familyName",
          "givenName",
          "familyNameKana",
          "givenNameKana",
          "address.postalCode",
          "address.prefecture",
          "address.city",
          "address.line1",
          "address.line2");

  private ProfileFields() {}

  static String get(Profile profile, String field) {
    Address address = profile.address();
    return switch (field) {
      case "familyName" -> profile.familyName();
      case "givenName" -> profile.givenName();
      case "familyNameKana" -> profile.familyNameKana();
      case "givenNameKana" -> profile.givenNameKana();
      case "birthDate" -> profile.birthDate() == null ? null : profile.birthDate().toString();
      case "address.postalCode" -> address.postalCode();
      case "address.prefecture" -> address.prefecture();
      case "address.city" -> address.city();
      case "address.line1" -> address.line1();
      case "address.line2" -> address.line2();
      default -> throw new IllegalArgumentException("Not a verified field: " + field);
    };
  }

  /** The verified fields that differ between {@code current} and {@code edited}: field → after. */
  static Map<String, String> changed(Profile current, Profile edited) {
    var changed = new LinkedHashMap<String, String>();
    for (String field : VERIFIED) {
      String after = get(edited, field);
      if (!Objects.equals(get(current, field), after)) {
        changed.put(field, after);
      }
    }
    return changed;
  }

  /** {@code edited} with every verified field as in {@code current}. */
  static Profile keepVerified(Profile current, Profile edited) {
    return with(edited, current, VERIFIED);
  }

  /** {@code target} with the given fields set to {@code values} (field → value as text). */
  static Profile apply(Profile target, Map<String, String> values) {
    String[] v = new String[VERIFIED.size()];
    for (int i = 0; i < v.length; i++) {
      String field = VERIFIED.get(i);
      v[i] = values.containsKey(field) ? values.get(field) : get(target, field);
    }
    return new Profile(
        v[0],
        v[1],
        v[2],
        v[3],
        v[4] == null ? null : LocalDate.parse(v[4]),
        target.phone(),
        new Address(v[5], v[6], v[7], v[8], v[9]),
        target.occupation());
  }

  private static Profile with(Profile target, Profile source, List<String> fields) {
    var values = new LinkedHashMap<String, String>();
    for (String field : fields) {
      values.put(field, get(source, field));
    }
    return apply(target, values);
  }
}
