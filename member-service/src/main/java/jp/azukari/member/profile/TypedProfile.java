package jp.azukari.member.profile;

import java.time.LocalDate;
import java.util.List;

/**
 * A profile as someone typed it outside the member web (a row of an import file), checked and
 * normalised by exactly the rules of {@code PUT /api/members/me/profile}.
 */
public record TypedProfile(
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    String birthDate,
    String phone,
    String postalCode,
    String prefecture,
    String city,
    String line1,
    String line2,
    String occupation) {

  /** One rejected field, by its API name ({@code address.postalCode}), with the rule's code. */
  public record Problem(String field, String code, String message) {}

  /**
   * The normalised profile, empty fields {@code null}; or the problems, with {@code profile} null.
   */
  public record Result(Profile profile, List<Problem> problems) {

    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public Result normalize(LocalDate today) {
    var input =
        new ProfileInput(
            familyName,
            givenName,
            familyNameKana,
            givenNameKana,
            birthDate,
            phone,
            new ProfileInput.AddressInput(postalCode, prefecture, city, line1, line2),
            occupation);
    var errors = new FieldErrors();
    Profile profile = input.normalize(today, errors);
    var problems =
        errors.list().stream().map(e -> new Problem(e.field(), e.code(), e.message())).toList();
    return new Result(problems.isEmpty() ? profile : null, problems);
  }
}
