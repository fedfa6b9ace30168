package jp.azukari.member.accountstatus;

import static jp.azukari.member.accountstatus.MemberAction.EDIT_PAYOUT_ACCOUNT;
import static jp.azukari.member.accountstatus.MemberAction.EDIT_PROFILE;
import static jp.azukari.member.accountstatus.MemberAction.REQUEST_KIT;
import static jp.azukari.member.accountstatus.MemberAction.UPLOAD_DOCUMENTS;
import static jp.azukari.member.accountstatus.MemberAction.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.azukari.member.profile.AccountStatus;
import org.junit.jupiter.api.Test;

class StatusPolicyTest {

  @Test
  void provisionalAndActiveMembersMayDoEverything() {
    assertThat(StatusPolicy.allowed(AccountStatus.PROVISIONAL))
        .containsExactly(MemberAction.values());
    assertThat(StatusPolicy.allowed(AccountStatus.ACTIVE)).containsExactly(MemberAction.values());
  }

  @Test
  void aPenalizedMemberMayEditButNotRequestAKit() {
    assertThat(StatusPolicy.allowed(AccountStatus.PENALIZED))
        .containsExactly(EDIT_PROFILE, EDIT_PAYOUT_ACCOUNT, UPLOAD_DOCUMENTS, WITHDRAW);
    assertThat(StatusPolicy.refusal(AccountStatus.PENALIZED, REQUEST_KIT))
        .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("status.penalized"));
  }

  @Test
  void aFrozenMemberMayOnlyLeave() {
    assertThat(StatusPolicy.allowed(AccountStatus.FROZEN)).containsExactly(WITHDRAW);
  }

  @Test
  void blacklistedAndWithdrawnMembersMayDoNothing() {
    assertThat(StatusPolicy.allowed(AccountStatus.BLACKLISTED)).isEmpty();
    assertThat(StatusPolicy.allowed(AccountStatus.WITHDRAWN)).isEmpty();
  }

  @Test
  void aRefusalSaysWhyInPlainWordsAndByCode() {
    assertThatThrownBy(() -> StatusPolicy.require(AccountStatus.FROZEN, EDIT_PROFILE))
        .isInstanceOfSatisfying(
            ActionNotAllowedException.class,
            e -> {
              assertThat(e.getStatusCode().value()).isEqualTo(403);
              assertThat(e.getBody().getDetail()).contains("frozen", "contact the shop");
              assertThat(e.getBody().getProperties())
                  .containsEntry("reason", "status.frozen")
                  .containsEntry("action", "EDIT_PROFILE");
            });
  }
}
