package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff rejected a change request; nothing of it was applied.
 *
 * @param reason why, in words the member reads
 */
@EventType("member.ChangeRequestRejected")
public record ChangeRequestRejected(
    String changeRequestId, String memberId, String kind, String reason) implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
