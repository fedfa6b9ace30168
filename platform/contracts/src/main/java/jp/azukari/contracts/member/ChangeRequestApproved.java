package jp.azukari.contracts.member;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * Staff approved a change request; the member's record changes with it (announced by {@link
 * ProfileChanged} or {@link PayoutAccountChanged}).
 *
 * @param changes the approved fields as requested (account number masked)
 * @param reverification whether the approval sent the member back through identity verification
 */
@EventType("member.ChangeRequestApproved")
public record ChangeRequestApproved(
    String changeRequestId,
    String memberId,
    String kind,
    List<FieldChange> changes,
    boolean reverification)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
