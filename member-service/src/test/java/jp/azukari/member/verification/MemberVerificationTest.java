package jp.azukari.member.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.member.AccountStatusChanged;
import jp.azukari.contracts.member.VerificationDecided;
import jp.azukari.contracts.member.VerificationSubmitted;
import jp.azukari.member.profile.AccountStatus;
import jp.azukari.member.profile.AccountType;
import jp.azukari.member.profile.Address;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.PayoutAccount;
import jp.azukari.member.profile.Profile;
import jp.azukari.member.profile.Verification.State;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The verification rules of {@link Member}. */
class MemberVerificationTest {

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

  static Member pending(boolean complete, boolean confirmed) {
    Member member = Member.provision("member-1", "hanako@example.com", NOW);
    if (complete) {
      member.changeProfile(HANAKO, NOW);
      member.changePayoutAccount(
          new PayoutAccount("みずほ銀行", "渋谷支店", AccountType.ORDINARY, "1234567", "ヤマダ ハナコ"), NOW);
    }
    // Email confirmation belongs to sign-up; set the field the way it will.
    ReflectionTestUtils.setField(member, "emailConfirmed", confirmed);
    member.submitForVerification(NOW);
    return member;
  }

  @Test
  void submittingDocumentsPutsAnUnsubmittedOrRejectedVerificationUpForReview() {
    Member member = Member.provision("member-1", "hanako@example.com", NOW);

    assertThat(member.submitForVerification(NOW)).isTrue();
    assertThat(member.verification().state()).isEqualTo(State.PENDING);
    assertThat(member.verification().submittedAt()).isEqualTo(NOW);
    assertThat(member.registeredEvents())
        .contains(
            new VerificationSubmitted(
                "member-1",
                List.of(new FieldChange("verification.state", "NOT_SUBMITTED", "PENDING"))));
    assertThat(member.submitForVerification(LATER)).isFalse();

    member.decideVerification(State.REJECTED, "The photo is blurred.", "verifier-1", LATER);
    assertThat(member.submitForVerification(LATER)).isTrue();
    assertThat(member.verification().state()).isEqualTo(State.PENDING);
    assertThat(member.verification().reason()).isNull();
  }

  @Test
  void aVerifiedMemberWithACompleteProfileAndConfirmedAddressBecomesActive() {
    Member member = pending(true, true);

    member.decideVerification(State.VERIFIED, null, "verifier-1", LATER);

    assertThat(member.verification().state()).isEqualTo(State.VERIFIED);
    assertThat(member.verification().decidedBy()).isEqualTo("verifier-1");
    assertThat(member.verification().decidedAt()).isEqualTo(LATER);
    assertThat(member.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(member.registeredEvents())
        .contains(
            new VerificationDecided(
                "member-1",
                "VERIFIED",
                null,
                List.of(new FieldChange("verification.state", "PENDING", "VERIFIED"))),
            new AccountStatusChanged("member-1", "PROVISIONAL", "ACTIVE", null));
  }

  @Test
  void aVerifiedMemberStaysProvisionalWhileTheProfileIsIncompleteOrTheAddressUnconfirmed() {
    Member incomplete = pending(false, true);
    Member unconfirmed = pending(true, false);

    incomplete.decideVerification(State.VERIFIED, null, "verifier-1", LATER);
    unconfirmed.decideVerification(State.VERIFIED, null, "verifier-1", LATER);

    assertThat(incomplete.status()).isEqualTo(AccountStatus.PROVISIONAL);
    assertThat(unconfirmed.status()).isEqualTo(AccountStatus.PROVISIONAL);
    assertThat(unconfirmed.registeredEvents())
        .noneMatch(event -> event instanceof AccountStatusChanged);
  }

  @Test
  void aRejectionKeepsTheReasonForTheMemberAndTheStatus() {
    Member member = pending(true, true);

    member.decideVerification(State.REJECTED, "The photo is blurred.", "verifier-1", LATER);

    assertThat(member.verification().state()).isEqualTo(State.REJECTED);
    assertThat(member.verification().reason()).isEqualTo("The photo is blurred.");
    assertThat(member.status()).isEqualTo(AccountStatus.PROVISIONAL);
  }

  @Test
  void aRejectionWithoutReasonOrADecisionWithNothingPendingIsRefused() {
    Member member = pending(true, true);
    Member notSubmitted = Member.provision("member-2", "taro@example.com", NOW);

    assertThatThrownBy(() -> member.decideVerification(State.REJECTED, " ", "v", LATER))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> notSubmitted.decideVerification(State.VERIFIED, null, "v", LATER))
        .isInstanceOf(IllegalStateException.class);
    assertThat(member.verification().state()).isEqualTo(State.PENDING);
  }

  @Test
  void withdrawingTheLastPendingDocumentLeavesNothingSubmitted() {
    Member member = pending(true, true);

    assertThat(member.withdrawVerificationSubmission(LATER)).isTrue();

    assertThat(member.verification().state()).isEqualTo(State.NOT_SUBMITTED);
  }
}
