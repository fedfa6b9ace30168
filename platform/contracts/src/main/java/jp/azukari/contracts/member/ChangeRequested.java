package jp.azukari.contracts.member;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * A verified member asked to change verified data; staff approve or reject it. A second edit of the
 * same kind while one is pending replaces its values and is announced again with the same id. Keyed
 * by the member's id, so a member's change requests and record changes stay in order.
 *
 * @param changeRequestId the request's id
 * @param memberId the member's id
 * @param kind {@code PROFILE} or {@code PAYOUT_ACCOUNT}
 * @param changes requested fields with the current and the requested value (account number masked)
 */
@EventType("member.ChangeRequested")
public record ChangeRequested(
    String changeRequestId, String memberId, String kind, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
