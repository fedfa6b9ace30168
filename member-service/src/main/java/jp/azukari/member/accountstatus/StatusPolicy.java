package jp.azukari.member.accountstatus;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.azukari.member.profile.AccountStatus;

/**
 * What each account status lets a member do. A refusal names its reason by a stable code that the
 * web translates ({@code status.frozen}, ...) and says it in plain English for any other client.
 *
 * <ul>
 *   <li>PROVISIONAL and ACTIVE: everything (a provisional member may ask for a kit at once);
 *   <li>PENALIZED: everything but asking for a new delivery kit;
 *   <li>FROZEN: nothing but leaving the shop;
 *   <li>BLACKLISTED: nothing; leaving would lift the block on signing up again;
 *   <li>WITHDRAWN: nothing, for good.
 * </ul>
 */
public final class StatusPolicy {

  /** Why an action is not allowed: {@code reason} for a UI to translate, {@code detail} to show. */
  public record Refusal(String reason, String detail) {}

  private static final Refusal PENALIZED =
      new Refusal(
          "status.penalized",
          "Your account is under a penalty: you cannot ask for a new delivery kit for now."
              + " Please contact the shop.");
  private static final Refusal FROZEN =
      new Refusal(
          "status.frozen",
          "Your account is frozen: you cannot change anything for now. Please contact the shop.");
  private static final Refusal BLACKLISTED =
      new Refusal(
          "status.blacklisted",
          "The shop no longer deals with this account. Please contact the shop if you have"
              + " questions.");
  private static final Refusal WITHDRAWN =
      new Refusal(
          "status.withdrawn", "You have left the shop: this account can no longer be used.");

  private StatusPolicy() {}

  /** Why {@code status} forbids {@code action}; empty when it is allowed. */
  public static Optional<Refusal> refusal(AccountStatus status, MemberAction action) {
    return Optional.ofNullable(
        switch (status) {
          case PROVISIONAL, ACTIVE -> null;
          case PENALIZED -> action == MemberAction.REQUEST_KIT ? PENALIZED : null;
          case FROZEN -> action == MemberAction.WITHDRAW ? null : FROZEN;
          case BLACKLISTED -> BLACKLISTED;
          case WITHDRAWN -> WITHDRAWN;
        });
  }

  /** The actions {@code status} allows, in declaration order. */
  public static List<MemberAction> allowed(AccountStatus status) {
    return Arrays.stream(MemberAction.values())
        .filter(action -> refusal(status, action).isEmpty())
        .toList();
  }

  /**
   * Refuses {@code action} when {@code status} forbids it.
   *
   * @throws ActionNotAllowedException with the plain-language reason
   */
  public static void require(AccountStatus status, MemberAction action) {
    refusal(status, action)
        .ifPresent(
            refusal -> {
              throw new ActionNotAllowedException(action, refusal);
            });
  }
}
