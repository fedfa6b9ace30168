package jp.azukari.workflow.members;

import java.util.Optional;

/**
 * Whether a member's account status lets a new request start for them, following the account
 * statuses of member-service: FROZEN, BLACKLISTED and WITHDRAWN members start nothing; PENALIZED
 * members may not ask for a new delivery kit. A refusal names its reason by the code member-service
 * uses ({@code status.frozen}, ...) and says it in plain English, to the member or to staff.
 */
public final class StartPolicy {

  /**
   * Why a request may not start.
   *
   * @param reason a code for the web to translate, e.g. {@code status.frozen}
   * @param memberDetail the reason as the member reads it
   * @param staffDetail the reason as staff read it
   */
  public record Refusal(String reason, String memberDetail, String staffDetail) {}

  private static final Refusal PENALIZED =
      new Refusal(
          "status.penalized",
          "Your account is under a penalty: you cannot ask for a new delivery kit for now."
              + " Please contact the shop.",
          "This member's account is under a penalty: no new delivery kit can be requested.");
  private static final Refusal FROZEN =
      new Refusal(
          "status.frozen",
          "Your account is frozen: you cannot change anything for now. Please contact the shop.",
          "This member's account is frozen: no new request can be started.");
  private static final Refusal BLACKLISTED =
      new Refusal(
          "status.blacklisted",
          "The shop no longer deals with this account. Please contact the shop if you have"
              + " questions.",
          "This member is blacklisted: the shop no longer deals with them.");
  private static final Refusal WITHDRAWN =
      new Refusal(
          "status.withdrawn",
          "You have left the shop: this account can no longer be used.",
          "This member has left the shop: no new request can be started.");

  private StartPolicy() {}

  /**
   * @param accountStatus the member's account status, {@code null} when not known (allowed: the
   *     member-service decided who may sign in)
   * @param deliveryKit whether the request asks for a delivery kit
   */
  public static Optional<Refusal> refusal(String accountStatus, boolean deliveryKit) {
    if (accountStatus == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (accountStatus) {
          case "PENALIZED" -> deliveryKit ? PENALIZED : null;
          case "FROZEN" -> FROZEN;
          case "BLACKLISTED" -> BLACKLISTED;
          case "WITHDRAWN" -> WITHDRAWN;
          default -> null;
        });
  }
}
