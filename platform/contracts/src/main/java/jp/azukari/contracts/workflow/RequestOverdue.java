package jp.azukari.contracts.workflow;

import java.time.Instant;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A request stayed in its status longer than the status's time limit. Announced once per stay.
 *
 * @param requestId the request's id
 * @param memberId the member the request belongs to
 * @param status the status code it is overdue in
 * @param dueAt when the time limit ran out
 * @param kind {@code OVERDUE}, or {@code KIT_NOT_RETURNED} when the kit is still with the member
 */
@EventType("workflow.RequestOverdue")
public record RequestOverdue(
    String requestId, String memberId, String status, Instant dueAt, String kind)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return requestId;
  }
}
