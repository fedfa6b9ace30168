package jp.azukari.contracts.workflow;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff asked to send again the member mail of the request's current status after it failed.
 *
 * @param requestId the request's id
 * @param number the request number
 * @param memberId the member the request belongs to
 * @param status the current status code
 * @param memberMail the mail to send
 */
@EventType("workflow.RequestMemberMailRetried")
public record RequestMemberMailRetried(
    String requestId, String number, String memberId, String status, MemberMail memberMail)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return requestId;
  }
}
