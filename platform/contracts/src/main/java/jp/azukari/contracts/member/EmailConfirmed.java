package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A member proved that mail to their address reaches them.
 *
 * @param memberId the member
 * @param email the confirmed address
 */
@EventType("member.EmailConfirmed")
public record EmailConfirmed(String memberId, String email) implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
