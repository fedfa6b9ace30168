package jp.azukari.contracts.workflow;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A request moved from one status to another along an allowed transition.
 *
 * @param requestId the request's id
 * @param number the request number
 * @param memberId the member the request belongs to
 * @param type the request type
 * @param from the status code before
 * @param to the status code after
 * @param comment what staff wrote about the move, may be {@code null}
 * @param itemsReceived whether this move is the one that brings the items into the shop (the
 *     acquisition date of the transaction ledger)
 * @param memberMail the mail to send the member because the new status mails on entry and the
 *     request's member mail is on; {@code null} when no mail is due
 */
@EventType("workflow.RequestStatusChanged")
public record RequestStatusChanged(
    String requestId,
    String number,
    String memberId,
    String type,
    String from,
    String to,
    String comment,
    boolean itemsReceived,
    MemberMail memberMail)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return requestId;
  }
}
