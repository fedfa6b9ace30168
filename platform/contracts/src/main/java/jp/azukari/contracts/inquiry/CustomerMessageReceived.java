package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A customer wrote again in an existing inquiry (a mail threaded into it, or a member's reply on
 * the web).
 *
 * @param inquiryId the inquiry (also the event's subject)
 * @param messageId the new message's id inside the inquiry
 * @param channel how it arrived
 * @param memberId the linked member, may be {@code null}
 */
@EventType("inquiry.CustomerMessageReceived")
public record CustomerMessageReceived(
    String inquiryId, String messageId, Channel channel, String memberId) implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
