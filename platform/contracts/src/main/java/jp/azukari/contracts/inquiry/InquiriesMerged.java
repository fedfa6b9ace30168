package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Two conversations about the same case became one: the source's messages moved into the target,
 * the source is closed and points at the target.
 *
 * @param targetId the inquiry that remains (also the event's subject)
 * @param sourceId the inquiry merged into it
 */
@EventType("inquiry.InquiriesMerged")
public record InquiriesMerged(String targetId, String sourceId) implements DomainEvent {

  @Override
  public String aggregateId() {
    return targetId;
  }
}
