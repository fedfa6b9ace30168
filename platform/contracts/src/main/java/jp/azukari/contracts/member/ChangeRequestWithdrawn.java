package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/** The member withdrew a pending change request; nothing of it was applied. */
@EventType("member.ChangeRequestWithdrawn")
public record ChangeRequestWithdrawn(String changeRequestId, String memberId, String kind)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
