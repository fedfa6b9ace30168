package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff opened an inquiry; the envelope's actor says who. Recorded every time, so "read by A at
 * 10:02, B at 10:15" is on the inquiry and in the audit log.
 *
 * @param inquiryId the inquiry (also the event's subject)
 * @param memberId the linked member, may be {@code null}
 */
@EventType("inquiry.InquiryViewed")
public record InquiryViewed(String inquiryId, String memberId) implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
