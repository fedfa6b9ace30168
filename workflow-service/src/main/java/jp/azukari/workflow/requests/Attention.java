package jp.azukari.workflow.requests;

/** What about a request needs staff's attention; shown on the console's front page. */
public enum Attention {
  /** Stayed in its status past the status's time limit. */
  OVERDUE,
  /** Past the time limit of a status where the delivery kit is with the member. */
  KIT_NOT_RETURNED,
  /**
   * The items are in the shop but the member's identity is not verified: they may not be listed or
   * paid out.
   */
  UNVERIFIED_MEMBER_ITEMS,
  /** The automatic member mail failed; staff may retry it. */
  MAIL_FAILED
}
