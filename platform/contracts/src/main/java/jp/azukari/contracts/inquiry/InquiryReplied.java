package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff replied to a customer message; the envelope's actor says who. The text goes to the
 * notification-service in {@link InquiryMailRequested}, not here.
 *
 * @param inquiryId the inquiry (also the event's subject)
 * @param messageId the reply's id inside the inquiry
 * @param inReplyTo the id of the customer message it answers
 * @param memberId the linked member, may be {@code null}
 */
@EventType("inquiry.InquiryReplied")
public record InquiryReplied(String inquiryId, String messageId, String inReplyTo, String memberId)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
