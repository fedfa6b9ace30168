package jp.azukari.member.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.PayoutAccountChanged;
import jp.azukari.contracts.member.ProfileChanged;
import org.junit.jupiter.api.Test;

class MemberTest {

  static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
  static final Instant LATER = NOW.plusSeconds(60);

  static final Profile HANAKO =
      new Profile(
          "山田",
          "花子",
          "ヤマダ",
          "ハナコ",
          LocalDate.parse("1990-04-01"),
          "09012345678",
          new Address("100-0001", "東京都", "千代田区", "千代田1-1", null),
          "会社員");

  static final PayoutAccount ACCOUNT =
      new PayoutAccount("みずほ銀行", "渋谷支店", AccountType.ORDINARY, "1234567", "ヤマダ ハナコ");

  static Member newMember() {
    return Member.provision("member-1", "hanako@example.com", NOW);
  }

  @Test
  void aNewMemberIsProvisionalWithTheEmailFromTheTokenAndIsAnnounced() {
    var member = Member.provision("member-1", "hanako@example.com", NOW);

    assertThat(member.id()).isEqualTo("member-1");
    assertThat(member.email()).isEqualTo("hanako@example.com");
    assertThat(member.status()).isEqualTo(AccountStatus.PROVISIONAL);
    assertThat(member.profile()).isEqualTo(Profile.EMPTY);
    assertThat(member.payoutAccount()).isNull();
    assertThat(member.registeredEvents())
        .containsExactly(new MemberCreated("member-1", "hanako@example.com", "PROVISIONAL"));
  }

  @Test
  void theFirstProfileListsEveryGivenFieldWithoutABeforeValue() {
    var member = newMember();

    assertThat(member.changeProfile(HANAKO, LATER)).isTrue();

    assertThat(member.updatedAt()).isEqualTo(LATER);
    var event = (ProfileChanged) member.registeredEvents().getLast();
    assertThat(event.memberId()).isEqualTo("member-1");
    assertThat(event.changes())
        .containsExactly(
            new FieldChange("familyName", null, "山田"),
            new FieldChange("givenName", null, "花子"),
            new FieldChange("familyNameKana", null, "ヤマダ"),
            new FieldChange("givenNameKana", null, "ハナコ"),
            new FieldChange("birthDate", null, "1990-04-01"),
            new FieldChange("phone", null, "09012345678"),
            new FieldChange("address.postalCode", null, "100-0001"),
            new FieldChange("address.prefecture", null, "東京都"),
            new FieldChange("address.city", null, "千代田区"),
            new FieldChange("address.line1", null, "千代田1-1"),
            new FieldChange("occupation", null, "会社員"));
  }

  @Test
  void aLaterEditListsOnlyTheFieldsThatChangedWithBeforeAndAfter() {
    var member = newMember();
    member.changeProfile(HANAKO, NOW);
    var moved =
        new Profile(
            "山田",
            "花子",
            "ヤマダ",
            "ハナコ",
            LocalDate.parse("1990-04-01"),
            "09012345678",
            new Address("530-0001", "大阪府", "大阪市北区", "梅田1-1", "梅田ビル101"),
            "会社員");

    member.changeProfile(moved, LATER);

    assertThat(((ProfileChanged) member.registeredEvents().getLast()).changes())
        .containsExactly(
            new FieldChange("address.postalCode", "100-0001", "530-0001"),
            new FieldChange("address.prefecture", "東京都", "大阪府"),
            new FieldChange("address.city", "千代田区", "大阪市北区"),
            new FieldChange("address.line1", "千代田1-1", "梅田1-1"),
            new FieldChange("address.line2", null, "梅田ビル101"));
  }

  @Test
  void savingTheSameProfileAgainChangesNothingAndAnnouncesNothing() {
    var member = newMember();
    member.changeProfile(HANAKO, NOW);
    member.changePayoutAccount(ACCOUNT, NOW);
    int events = member.registeredEvents().size();

    assertThat(member.changeProfile(HANAKO, LATER)).isFalse();
    assertThat(member.changePayoutAccount(ACCOUNT, LATER)).isFalse();

    assertThat(member.registeredEvents()).hasSize(events);
    assertThat(member.updatedAt()).isEqualTo(NOW);
  }

  @Test
  void aPayoutAccountChangeNeverCarriesTheFullAccountNumber() {
    var member = newMember();

    member.changePayoutAccount(ACCOUNT, NOW);

    var event = (PayoutAccountChanged) member.registeredEvents().getLast();
    assertThat(event.changes())
        .containsExactly(
            new FieldChange("bankName", null, "みずほ銀行"),
            new FieldChange("branchName", null, "渋谷支店"),
            new FieldChange("accountType", null, "ORDINARY"),
            new FieldChange("accountNumber", null, "****567"),
            new FieldChange("holderKana", null, "ヤマダ ハナコ"));
    assertThat(event.toString()).doesNotContain("1234567");
  }

  @Test
  void aNewAccountNumberIsListedAsChangedEvenWhenItsLastDigitsAreTheSame() {
    var member = newMember();
    member.changePayoutAccount(ACCOUNT, NOW);

    member.changePayoutAccount(
        new PayoutAccount("みずほ銀行", "渋谷支店", AccountType.ORDINARY, "7654567", "ヤマダ ハナコ"), LATER);

    var event = (PayoutAccountChanged) member.registeredEvents().getLast();
    assertThat(event.changes())
        .containsExactly(new FieldChange("accountNumber", "****567", "****567"));
  }

  @Test
  void theProfileIsCompleteOnlyWithEveryRequiredFieldAndAPayoutAccount() {
    var member = newMember();
    assertThat(member.profileComplete()).isFalse();
    assertThat(member.missingFields())
        .containsExactly(
            "familyName",
            "givenName",
            "familyNameKana",
            "givenNameKana",
            "birthDate",
            "phone",
            "address.postalCode",
            "address.prefecture",
            "address.city",
            "address.line1",
            "occupation",
            "payoutAccount");

    member.changeProfile(HANAKO, NOW);
    assertThat(member.missingFields()).containsExactly("payoutAccount");

    member.changePayoutAccount(ACCOUNT, NOW);
    assertThat(member.profileComplete()).isTrue(); // line 2 (building, room) is optional
    assertThat(member.missingFields()).isEmpty();
  }

  @Test
  void theAntiqueDealingsActsOccupationIsRequired() {
    var member = newMember();
    member.changePayoutAccount(ACCOUNT, NOW);

    member.changeProfile(
        new Profile(
            HANAKO.familyName(),
            HANAKO.givenName(),
            HANAKO.familyNameKana(),
            HANAKO.givenNameKana(),
            HANAKO.birthDate(),
            HANAKO.phone(),
            HANAKO.address(),
            null),
        NOW);

    assertThat(member.profileComplete()).isFalse();
    assertThat(member.missingFields()).containsExactly("occupation");
  }

  @Test
  void masksEveryAccountNumberToItsLastThreeDigits() {
    assertThat(PayoutAccount.mask("1234567")).isEqualTo("****567");
    assertThat(PayoutAccount.mask("0000001")).isEqualTo("****001");
    assertThat(PayoutAccount.mask("12")).isEqualTo("****12");
    assertThat(PayoutAccount.mask(null)).isNull();
  }
}
