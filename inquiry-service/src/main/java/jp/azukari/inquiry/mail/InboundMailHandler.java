package jp.azukari.inquiry.mail;

/**
 * Takes a customer mail into the inbox: threads it into its conversation (by In-Reply-To and
 * References against the Message-IDs the inquiry knows, then by the customer's address) or opens a
 * new inquiry. Must be idempotent on {@link InboundMail#messageId()}: the mailbox poller hands a
 * mail over again when it could not mark it as done.
 */
public interface InboundMailHandler {

  /**
   * Takes the mail in.
   *
   * @return the inquiry the mail now belongs to
   */
  String receive(InboundMail mail);
}
