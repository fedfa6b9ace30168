package jp.azukari.member.accountstatus;

/** Something a member does that their account status may forbid (see {@link StatusPolicy}). */
public enum MemberAction {
  /** Change the profile (or ask for a change of verified data). */
  EDIT_PROFILE,
  /** Change the payout account (or ask for a change of a verified one). */
  EDIT_PAYOUT_ACCOUNT,
  /** Upload identity documents. */
  UPLOAD_DOCUMENTS,
  /** Ask for a delivery kit, i.e. start a consignment request. */
  REQUEST_KIT,
  /** Leave the shop (退会). */
  WITHDRAW
}
