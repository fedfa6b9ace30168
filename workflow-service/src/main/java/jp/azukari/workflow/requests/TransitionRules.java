package jp.azukari.workflow.requests;

import java.util.List;
import java.util.Optional;
import jp.azukari.workflow.statuses.StatusConfiguration;
import jp.azukari.workflow.statuses.StatusDef;
import jp.azukari.workflow.statuses.TranslatedText;

/**
 * Where a request may go from its status: only along a configured transition, never into a retired
 * status, and into a status that requires a verified member only when the member's identity is
 * verified. A request in a retired status still leaves it along its transitions.
 */
final class TransitionRules {

  static final String ILLEGAL = "illegal-transition";
  static final String MEMBER_NOT_VERIFIED = "member-not-verified";

  /** Why a move is refused: {@code code} for the web, {@code detail} in plain English. */
  record Refusal(String code, String detail) {}

  /** A status the request may be moved to; {@code blockedReason} is set when not now. */
  record AllowedTransition(String to, TranslatedText name, String blockedReason) {}

  private TransitionRules() {}

  /** Why {@code from → to} is refused; empty when the move is allowed. */
  static Optional<Refusal> refusal(
      StatusConfiguration configuration, String from, String to, boolean memberVerified) {
    Optional<StatusDef> target = configuration.status(to);
    if (target.isEmpty() || !configuration.hasTransition(from, to)) {
      return Optional.of(new Refusal(ILLEGAL, from + " cannot move to " + to + "."));
    }
    if (target.get().retired()) {
      return Optional.of(
          new Refusal(
              ILLEGAL,
              from + " cannot move to " + to + ": " + to + " is retired, no request enters it."));
    }
    if (target.get().requiresVerifiedMember() && !memberVerified) {
      return Optional.of(
          new Refusal(
              MEMBER_NOT_VERIFIED,
              "Only requests of members whose identity is verified may enter "
                  + to
                  + "; this member is not verified yet."));
    }
    return Optional.empty();
  }

  /** The statuses {@code from} leads to that are not retired, each with what blocks it now. */
  static List<AllowedTransition> allowed(
      StatusConfiguration configuration, String from, boolean memberVerified) {
    return configuration.targetsFrom(from).stream()
        .filter(target -> !target.retired())
        .map(
            target ->
                new AllowedTransition(
                    target.code(),
                    target.name(),
                    target.requiresVerifiedMember() && !memberVerified
                        ? MEMBER_NOT_VERIFIED
                        : null))
        .toList();
  }
}
