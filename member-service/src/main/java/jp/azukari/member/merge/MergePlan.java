package jp.azukari.member.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import jp.azukari.contracts.FieldChange;
import jp.azukari.member.profile.Address;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.PayoutAccount;
import jp.azukari.member.profile.Profile;

/**
 * What the survivor will hold after taking in the duplicate: the survivor's value wins; a field
 * empty in the survivor takes the duplicate's. The payout account is taken whole, or not at all.
 * While the survivor is verified and the duplicate is not, the duplicate's verified fields are not
 * taken: documents never vouched for them.
 */
record MergePlan(
    List<FieldPlan> fields, Profile profile, PayoutAccount payoutAccount, List<FieldChange> taken) {

  static MergePlan of(Member survivor, Member duplicate) {
    boolean withholdVerified =
        survivor.verification().verified() && !duplicate.verification().verified();
    Profile s = survivor.profile();
    Profile d = duplicate.profile();
    var fields = new ArrayList<FieldPlan>();
    var taken = new ArrayList<FieldChange>();
    fields.add(
        new FieldPlan(
            "email",
            survivor.email(),
            duplicate.email(),
            survivor.email(),
            false,
            differ(survivor.email(), duplicate.email()),
            false));
    var pick = new Picker(s, d, withholdVerified, fields, taken);
    String familyName = pick.value("familyName", Profile::familyName);
    String givenName = pick.value("givenName", Profile::givenName);
    String familyNameKana = pick.value("familyNameKana", Profile::familyNameKana);
    String givenNameKana = pick.value("givenNameKana", Profile::givenNameKana);
    LocalDate birthDate = pick.value("birthDate", Profile::birthDate);
    String phone = pick.value("phone", Profile::phone);
    String postalCode = pick.value("address.postalCode", p -> p.address().postalCode());
    String prefecture = pick.value("address.prefecture", p -> p.address().prefecture());
    String city = pick.value("address.city", p -> p.address().city());
    String line1 = pick.value("address.line1", p -> p.address().line1());
    String line2 = pick.value("address.line2", p -> p.address().line2());
    String occupation = pick.value("occupation", Profile::occupation);
    var profile =
        new Profile(
            familyName,
            givenName,
            familyNameKana,
            givenNameKana,
            birthDate,
            phone,
            new Address(postalCode, prefecture, city, line1, line2),
            occupation);

    PayoutAccount sa = survivor.payoutAccount();
    PayoutAccount da = duplicate.payoutAccount();
    boolean takeAccount = sa == null && da != null && !withholdVerified;
    PayoutAccount account = takeAccount ? da : sa;
    fields.add(
        new FieldPlan(
            "payoutAccount",
            shown(sa),
            shown(da),
            shown(account),
            takeAccount,
            sa != null && da != null && !sameAccount(sa, da),
            sa == null && da != null && withholdVerified));
    if (takeAccount) {
      taken.add(new FieldChange("payoutAccount.bankName", null, da.bankName()));
      taken.add(new FieldChange("payoutAccount.branchName", null, da.branchName()));
      taken.add(
          new FieldChange(
              "payoutAccount.accountType",
              null,
              da.accountType() == null ? null : da.accountType().name()));
      taken.add(new FieldChange("payoutAccount.accountNumber", null, da.maskedAccountNumber()));
      taken.add(new FieldChange("payoutAccount.holderKana", null, da.holderKana()));
    }
    return new MergePlan(List.copyOf(fields), profile, account, List.copyOf(taken));
  }

  /** Whether the survivor's profile or payout account changes at all. */
  boolean changesSurvivor() {
    return !taken.isEmpty();
  }

  /** Picks each profile field and records the choice. */
  private record Picker(
      Profile survivor,
      Profile duplicate,
      boolean withholdVerified,
      List<FieldPlan> fields,
      List<FieldChange> taken) {

    <T> T value(String field, Function<Profile, T> read) {
      T s = blankAsNull(read.apply(survivor));
      T d = blankAsNull(read.apply(duplicate));
      boolean withheld =
          s == null && d != null && withholdVerified && Profile.VERIFIED_FIELDS.contains(field);
      boolean take = s == null && d != null && !withheld;
      T result = take ? d : s;
      fields.add(
          new FieldPlan(
              field,
              shownValue(s),
              shownValue(d),
              shownValue(result),
              take,
              s != null && d != null && !Objects.equals(s, d),
              withheld));
      if (take) {
        taken.add(new FieldChange(field, null, shownValue(d)));
      }
      // A blank value that was not replaced stays as the survivor had it.
      return take ? d : read.apply(survivor);
    }
  }

  private static <T> T blankAsNull(T value) {
    return value instanceof String text && text.isBlank() ? null : value;
  }

  private static String shownValue(Object value) {
    return value == null ? null : value.toString();
  }

  private static boolean differ(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }

  private static boolean sameAccount(PayoutAccount a, PayoutAccount b) {
    return Objects.equals(a.bankName(), b.bankName())
        && Objects.equals(a.branchName(), b.branchName())
        && a.accountType() == b.accountType()
        && Objects.equals(a.accountNumber(), b.accountNumber())
        && Objects.equals(a.holderKana(), b.holderKana());
  }

  /** An account in one line, number masked: {@code みずほ銀行 渋谷支店 ORDINARY ****321 ヤマダ ハナコ}. */
  private static String shown(PayoutAccount account) {
    if (account == null) {
      return null;
    }
    var parts = new ArrayList<String>();
    for (Object part :
        new Object[] {
          account.bankName(),
          account.branchName(),
          account.accountType(),
          account.maskedAccountNumber(),
          account.holderKana()
        }) {
      if (part != null) {
        parts.add(part.toString());
      }
    }
    return String.join(" ", parts);
  }
}
