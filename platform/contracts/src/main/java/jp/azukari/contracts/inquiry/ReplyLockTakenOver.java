package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * An admin took over the reply lock that another staff member held; the envelope's actor is the
 * admin. (Taking and releasing a free lock are not events: they happen every few seconds.)
 *
 * @param inquiryId the inquiry (also the event's subject)
 * @param previousHolderId whose lock it was
 * @param previousHolderName their display name
 */
@EventType("inquiry.ReplyLockTakenOver")
public record ReplyLockTakenOver(
    String inquiryId, String previousHolderId, String previousHolderName) implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
