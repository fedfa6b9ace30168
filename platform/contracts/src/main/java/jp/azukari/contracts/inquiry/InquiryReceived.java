package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A new inquiry (conversation) was opened by a customer message or a staff phone memo. The message
 * text is not in the event (the audit log keeps who/what/when, the inquiry-service keeps the text).
 *
 * @param inquiryId the inquiry's id (also the event's subject)
 * @param number the human number, e.g. {@code Q-000123}
 * @param channel how it arrived
 * @param memberId the linked member, {@code null} for an unknown customer
 * @param subject the subject line as shown to staff
 * @param messageId the first message's id inside the inquiry
 */
@EventType("inquiry.InquiryReceived")
public record InquiryReceived(
    String inquiryId,
    String number,
    Channel channel,
    String memberId,
    String subject,
    String messageId)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
