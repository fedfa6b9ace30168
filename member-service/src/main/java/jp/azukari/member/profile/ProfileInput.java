package jp.azukari.member.profile;

import java.time.LocalDate;
import jp.azukari.member.japanese.BirthDate;
import jp.azukari.member.japanese.Kana;
import jp.azukari.member.japanese.PhoneNumber;
import jp.azukari.member.japanese.PostalCode;
import jp.azukari.member.japanese.Prefectures;
import jp.azukari.member.japanese.Text;

/**
 * The body of {@code PUT /api/members/me/profile}: the whole profile as the member typed it. Every
 * field may be empty while the member fills the profile in; what is given must be valid.
 */
@ValidInput
public record ProfileInput(
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    String birthDate,
    String phone,
    AddressInput address,
    String occupation)
    implements NormalizedInput<Profile> {

  static final int NAME_MAX = 50;
  static final int CITY_MAX = 50;
  static final int LINE_MAX = 100;
  static final int OCCUPATION_MAX = 50;

  public record AddressInput(
      String postalCode, String prefecture, String city, String line1, String line2) {}

  @Override
  public Profile normalize(LocalDate today, FieldErrors errors) {
    AddressInput typed = address == null ? new AddressInput(null, null, null, null, null) : address;
    return new Profile(
        errors.optional("familyName", () -> Text.plain(familyName, NAME_MAX)),
        errors.optional("givenName", () -> Text.plain(givenName, NAME_MAX)),
        errors.optional("familyNameKana", () -> Kana.name(familyNameKana)),
        errors.optional("givenNameKana", () -> Kana.name(givenNameKana)),
        errors.optional("birthDate", () -> BirthDate.parse(birthDate, today)),
        errors.optional("phone", () -> PhoneNumber.normalize(phone)),
        new Address(
            errors.optional("address.postalCode", () -> PostalCode.normalize(typed.postalCode())),
            errors.optional("address.prefecture", () -> Prefectures.normalize(typed.prefecture())),
            errors.optional("address.city", () -> Text.plain(typed.city(), CITY_MAX)),
            errors.optional("address.line1", () -> Text.plain(typed.line1(), LINE_MAX)),
            errors.optional("address.line2", () -> Text.plain(typed.line2(), LINE_MAX))),
        errors.optional("occupation", () -> Text.plain(occupation, OCCUPATION_MAX)));
  }
}
