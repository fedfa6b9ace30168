package jp.azukari.workflow.requests;

import static org.assertj.core.api.Assertions.assertThat;

import jp.azukari.workflow.statuses.RequestType;
import jp.azukari.workflow.statuses.StatusConfiguration;
import jp.azukari.workflow.statuses.TestConfigurations;
import org.junit.jupiter.api.Test;

/** Where a request may go from its status, under the default statuses of a kit request. */
class TransitionRulesTest {

  StatusConfiguration kit = TestConfigurations.defaults(RequestType.KIT);

  @Test
  void allowsAConfiguredTransition() {
    assertThat(TransitionRules.refusal(kit, "KIT_REQUESTED", "KIT_REQUEST_CONFIRMED", false))
        .isEmpty();
    assertThat(TransitionRules.refusal(kit, "KIT_SENT", "ITEMS_RECEIVED", false)).isEmpty();
  }

  @Test
  void refusesATransitionThatIsNotConfigured() {
    var refusal = TransitionRules.refusal(kit, "KIT_SENT", "PAID_OUT", true);

    assertThat(refusal).isPresent();
    assertThat(refusal.get().code()).isEqualTo("illegal-transition");
    assertThat(refusal.get().detail()).isEqualTo("KIT_SENT cannot move to PAID_OUT.");
  }

  @Test
  void refusesAStatusThatDoesNotExistAndStayingPut() {
    assertThat(TransitionRules.refusal(kit, "KIT_SENT", "NOWHERE", true))
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("illegal-transition"));
    assertThat(TransitionRules.refusal(kit, "KIT_SENT", "KIT_SENT", true))
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("illegal-transition"));
  }

  @Test
  void cancellingIsPossibleOnlyBeforeTheItemsAreReceived() {
    assertThat(TransitionRules.refusal(kit, "KIT_SENT", "CANCELLED", false)).isEmpty();
    assertThat(TransitionRules.refusal(kit, "ITEMS_RECEIVED", "CANCELLED", false)).isPresent();
    assertThat(TransitionRules.refusal(kit, "ITEMS_RECEIVED", "RETURNED", false)).isEmpty();
    assertThat(TransitionRules.refusal(kit, "SOLD", "RETURNED", true)).isPresent();
  }

  @Test
  void refusesARetiredTargetAsIllegal() {
    var retiredSent =
        TestConfigurations.with(RequestType.KIT, "KIT_SENT", TestConfigurations::retired);

    var refusal = TransitionRules.refusal(retiredSent, "KIT_REQUEST_CONFIRMED", "KIT_SENT", true);

    assertThat(refusal).isPresent();
    assertThat(refusal.get().code()).isEqualTo("illegal-transition");
    assertThat(refusal.get().detail()).contains("retired");
    assertThat(TransitionRules.allowed(retiredSent, "KIT_REQUEST_CONFIRMED", true))
        .extracting(TransitionRules.AllowedTransition::to)
        .containsExactly("CANCELLED");
  }

  @Test
  void aRequestInARetiredStatusStillLeavesAlongItsTransitions() {
    var retiredSent =
        TestConfigurations.with(RequestType.KIT, "KIT_SENT", TestConfigurations::retired);

    assertThat(TransitionRules.refusal(retiredSent, "KIT_SENT", "ITEMS_RECEIVED", false)).isEmpty();
  }

  @Test
  void onlyAVerifiedMembersRequestEntersAStatusThatRequiresIt() {
    var unverified = TransitionRules.refusal(kit, "INSPECTED", "LISTED", false);

    assertThat(unverified).isPresent();
    assertThat(unverified.get().code()).isEqualTo("member-not-verified");
    assertThat(TransitionRules.refusal(kit, "INSPECTED", "LISTED", true)).isEmpty();
    assertThat(TransitionRules.refusal(kit, "SOLD", "PAID_OUT", false))
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("member-not-verified"));
  }

  @Test
  void allowedTransitionsSayWhatBlocksThemNow() {
    assertThat(TransitionRules.allowed(kit, "INSPECTED", false))
        .containsExactly(
            new TransitionRules.AllowedTransition(
                "LISTED", kit.status("LISTED").orElseThrow().name(), "member-not-verified"),
            new TransitionRules.AllowedTransition(
                "RETURNED", kit.status("RETURNED").orElseThrow().name(), null));
  }

  @Test
  void aTerminalStatusLeadsNowhere() {
    assertThat(TransitionRules.allowed(kit, "PAID_OUT", true)).isEmpty();
    assertThat(TransitionRules.allowed(kit, "CANCELLED", true)).isEmpty();
  }
}
