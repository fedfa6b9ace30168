package jp.azukari.member.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.contracts.FieldChange;

/**
 * What a member tells the shop about themselves, already normalised (see {@code
 * jp.azukari.member.japanese}). Any field may be missing while the member fills it in; see {@link
 * #missingFields()}.
 */
public record Profile(
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    LocalDate birthDate,
    String phone,
    Address address,
    String occupation) {

  /**
   * The fields that identity verification vouches for (name, its kana, birth date, address), by
   * their API names: once a member is verified, they change only through a change request.
   */
  public static final List<String> VERIFIED_FIELDS =
      List.of(
          "familyName",
          "givenName",
          "familyNameKana",
          "givenNameKana",
          "birthDate",
          "address.postalCode",
          "address.prefecture",
          "address.city",
          "address.line1",
          "address.line2");

  public static final Profile EMPTY =
      new Profile(null, null, null, null, null, null, Address.EMPTY, null);

  public Profile {
    address = address == null ? Address.EMPTY : address;
  }

  /**
   * Fields the shop needs before it may buy from the member, by their API names. The Antique
   * Dealings Act requires the seller's name, address, occupation and age; the kana and the phone
   * are needed to match the payout account holder and to reach the member. Line 2 (building and
   * room) is optional.
   */
  List<String> missingFields() {
    var missing = new ArrayList<String>();
    addIfMissing(missing, "familyName", familyName);
    addIfMissing(missing, "givenName", givenName);
    addIfMissing(missing, "familyNameKana", familyNameKana);
    addIfMissing(missing, "givenNameKana", givenNameKana);
    addIfMissing(missing, "birthDate", birthDate);
    addIfMissing(missing, "phone", phone);
    addIfMissing(missing, "address.postalCode", address.postalCode());
    addIfMissing(missing, "address.prefecture", address.prefecture());
    addIfMissing(missing, "address.city", address.city());
    addIfMissing(missing, "address.line1", address.line1());
    addIfMissing(missing, "occupation", occupation);
    return missing;
  }

  /** The fields that differ from {@code before}, with before and after values. */
  List<FieldChange> changesSince(Profile before) {
    return new FieldChanges()
        .compare("familyName", before.familyName, familyName)
        .compare("givenName", before.givenName, givenName)
        .compare("familyNameKana", before.familyNameKana, familyNameKana)
        .compare("givenNameKana", before.givenNameKana, givenNameKana)
        .compare("birthDate", text(before.birthDate), text(birthDate))
        .compare("phone", before.phone, phone)
        .compare("address.postalCode", before.address.postalCode(), address.postalCode())
        .compare("address.prefecture", before.address.prefecture(), address.prefecture())
        .compare("address.city", before.address.city(), address.city())
        .compare("address.line1", before.address.line1(), address.line1())
        .compare("address.line2", before.address.line2(), address.line2())
        .compare("occupation", before.occupation, occupation)
        .list();
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static void addIfMissing(List<String> missing, String field, Object value) {
    if (value == null) {
      missing.add(field);
    }
  }
}
