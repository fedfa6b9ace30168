package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A member's account status changed: set by staff (freeze, penalize, blacklist, reinstate) or by
 * the member withdrawing.
 *
 * @param memberId the member's id
 * @param before the status before, e.g. {@code ACTIVE}
 * @param after the status after, e.g. {@code FROZEN}
 * @param reason why, in words the member may read; may be {@code null} for a member's own
 *     withdrawal
 */
@EventType("member.AccountStatusChanged")
public record AccountStatusChanged(String memberId, String before, String after, String reason)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
