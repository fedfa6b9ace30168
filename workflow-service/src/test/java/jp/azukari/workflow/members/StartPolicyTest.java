package jp.azukari.workflow.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which account statuses let a new request start, as member-service's statuses intend. */
class StartPolicyTest {

  @Test
  void provisionalActiveAndUnknownMembersMayStartRequests() {
    assertThat(StartPolicy.refusal("PROVISIONAL", true)).isEmpty();
    assertThat(StartPolicy.refusal("ACTIVE", true)).isEmpty();
    assertThat(StartPolicy.refusal(null, true)).isEmpty();
  }

  @Test
  void frozenBlacklistedAndWithdrawnMembersStartNothing() {
    for (String status : new String[] {"FROZEN", "BLACKLISTED", "WITHDRAWN"}) {
      assertThat(StartPolicy.refusal(status, true)).as(status).isPresent();
      assertThat(StartPolicy.refusal(status, false)).as(status).isPresent();
    }
    assertThat(StartPolicy.refusal("FROZEN", true).orElseThrow().reason())
        .isEqualTo("status.frozen");
  }

  @Test
  void aPenalizedMemberMayNotAskForANewKitButMayBringItems() {
    assertThat(StartPolicy.refusal("PENALIZED", true))
        .hasValueSatisfying(refusal -> assertThat(refusal.reason()).isEqualTo("status.penalized"));
    assertThat(StartPolicy.refusal("PENALIZED", false)).isEmpty();
  }
}
