package jp.azukari.contracts.workflow;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * A request was put on hold with a note (e.g. "deliver after the 5th") or released from it.
 *
 * @param requestId the request's id
 * @param memberId the member the request belongs to
 * @param onHold whether the request is on hold now
 * @param changes {@code hold.note} with before and after
 */
@EventType("workflow.RequestHoldChanged")
public record RequestHoldChanged(
    String requestId, String memberId, boolean onHold, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return requestId;
  }
}
