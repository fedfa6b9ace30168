package jp.azukari.member.profile;

import java.time.Instant;
import java.util.List;
import jp.azukari.member.accountstatus.MemberAction;
import jp.azukari.member.accountstatus.StatusPolicy;

/**
 * A member's record as the member and staff see it. The payout account number is masked to its last
 * three digits; {@code version} is what an edit sends back in {@code If-Match}; {@code erasedAt} is
 * set once the member's personal data was erased; {@code mergedInto} is the id of the record this
 * one was merged into by staff, {@code null} for any other record.
 */
public record MemberView(
    String id,
    String email,
    boolean emailConfirmed,
    AccountStatus status,
    String statusReason,
    Profile profile,
    PayoutAccountView payoutAccount,
    Verification verification,
    boolean profileComplete,
    List<String> missingFields,
    long version,
    Instant createdAt,
    Instant updatedAt,
    List<PendingChange> pendingChangeRequests,
    List<MemberAction> allowedActions,
    Instant erasedAt,
    String mergedInto) {

  public record PayoutAccountView(
      String bankName,
      String branchName,
      AccountType accountType,
      String maskedAccountNumber,
      String holderKana) {

    static PayoutAccountView of(PayoutAccount account) {
      return account == null
          ? null
          : new PayoutAccountView(
              account.bankName(),
              account.branchName(),
              account.accountType(),
              account.maskedAccountNumber(),
              account.holderKana());
    }
  }

  public static MemberView of(Member member) {
    return of(member, List.of());
  }

  /**
   * The record with the member's pending change requests and what the account status lets them do
   * ({@code allowedActions}; a refused action's reason follows from {@code status}).
   */
  public static MemberView of(Member member, List<PendingChange> pendingChangeRequests) {
    return new MemberView(
        member.id(),
        member.email(),
        member.emailConfirmed(),
        member.status(),
        member.statusReason(),
        member.profile(),
        PayoutAccountView.of(member.payoutAccount()),
        member.verification(),
        member.profileComplete(),
        member.missingFields(),
        member.version(),
        member.createdAt(),
        member.updatedAt(),
        pendingChangeRequests,
        StatusPolicy.allowed(member.status()),
        member.erasedAt(),
        member.mergedInto());
  }
}
