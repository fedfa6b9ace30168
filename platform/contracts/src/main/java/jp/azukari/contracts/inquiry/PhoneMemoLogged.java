package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff noted a phone call in an inquiry (a new one opened by the memo raises {@link
 * InquiryReceived} with channel PHONE as well).
 *
 * @param inquiryId the inquiry (also the event's subject)
 * @param messageId the memo's id inside the inquiry
 * @param memberId the linked member, may be {@code null}
 */
@EventType("inquiry.PhoneMemoLogged")
public record PhoneMemoLogged(String inquiryId, String messageId, String memberId)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
