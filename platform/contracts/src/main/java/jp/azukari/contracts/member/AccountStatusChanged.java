package jp.azukari.contracts.member;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * A member's account status changed, e.g. PROVISIONAL to ACTIVE once the member is verified, their
 * profile complete and their address confirmed.
 *
 * @param memberId the member
 * @param changes {@code status} (and {@code statusReason} where it changed) with before and after
 */
@EventType("member.AccountStatusChanged")
public record AccountStatusChanged(String memberId, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
