package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * An inquiry was given to a staff member (or taken away: {@code assigneeId} {@code null}).
 *
 * @param inquiryId the inquiry (also the event's subject)
 * @param assigneeId the staff member's subject, {@code null} when unassigned
 * @param assigneeName their display name, {@code null} when unassigned
 * @param previousAssigneeId who had it before, may be {@code null}
 */
@EventType("inquiry.InquiryAssigned")
public record InquiryAssigned(
    String inquiryId, String assigneeId, String assigneeName, String previousAssigneeId)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
