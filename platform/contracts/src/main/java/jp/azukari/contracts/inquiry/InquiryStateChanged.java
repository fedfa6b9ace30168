package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * An inquiry moved to another state.
 *
 * @param inquiryId the inquiry (also the event's subject)
 * @param from the state before
 * @param to the state after
 * @param memberId the linked member, may be {@code null}
 * @param surveySuppressed on a move to DONE: staff chose not to send the satisfaction survey
 */
@EventType("inquiry.InquiryStateChanged")
public record InquiryStateChanged(
    String inquiryId, InquiryState from, InquiryState to, String memberId, boolean surveySuppressed)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
