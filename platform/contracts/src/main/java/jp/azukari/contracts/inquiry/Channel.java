package jp.azukari.contracts.inquiry;

/** How a customer message reached the shop. */
public enum Channel {
  /** The contact form on the member web (signed in). */
  MEMBER_FORM,
  /** The public contact form (guest). */
  GUEST_FORM,
  /** A mail to the shop's address, fetched from the IMAP mailbox. */
  MAIL,
  /** A phone call noted by staff. */
  PHONE
}
