package jp.azukari.inquiry.inbox;

/** What a message in an inquiry is. Members see only CUSTOMER and REPLY. */
public enum MessageKind {
  /** Written by the customer (form, mail). */
  CUSTOMER,
  /** The shop's answer, sent to the customer. */
  REPLY,
  /** A phone call staff noted. */
  MEMO,
  /** An internal note, never sent. */
  NOTE
}
