package jp.azukari.contracts.workflow;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff switched a request's automatic member mails off (an exceptional case) or on again.
 *
 * @param requestId the request's id
 * @param memberId the member the request belongs to
 * @param enabled whether automatic member mails are on now
 */
@EventType("workflow.RequestMemberMailSwitched")
public record RequestMemberMailSwitched(String requestId, String memberId, boolean enabled)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return requestId;
  }
}
