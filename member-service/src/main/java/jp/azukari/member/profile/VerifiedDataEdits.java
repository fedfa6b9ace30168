package jp.azukari.member.profile;

import java.util.List;

/**
 * Where a verified member's edits of verified data go instead of their record: change requests for
 * staff (implemented in {@code jp.azukari.member.changerequest}). {@link Members} applies what
 * {@code applicableNow} returns, saves, then hands the whole edit to {@code request}.
 */
public interface VerifiedDataEdits {

  /**
   * The profile to apply at once: {@code edited}, with verified fields kept while they need staff.
   */
  Profile applicableNow(Member member, Profile edited);

  /** Asks staff for the edit's changes of verified fields, if there are any that need them. */
  void request(Member member, Profile edited);

  /**
   * The payout account to apply at once: {@code edited}, or the current one while it needs staff.
   */
  PayoutAccount applicableNow(Member member, PayoutAccount edited);

  /** Asks staff for the payout account change, if it needs them. */
  void request(Member member, PayoutAccount edited);

  /** The member's pending change requests. */
  List<PendingChange> pending(String memberId);
}
