package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff added an internal note to an inquiry (never sent to the customer); the envelope's actor
 * says who. The note's text stays in the inquiry, not here.
 *
 * @param inquiryId the inquiry (also the event's subject)
 * @param messageId the note's id inside the inquiry
 * @param memberId the linked member, may be {@code null}
 */
@EventType("inquiry.InquiryNoteAdded")
public record InquiryNoteAdded(String inquiryId, String messageId, String memberId)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
