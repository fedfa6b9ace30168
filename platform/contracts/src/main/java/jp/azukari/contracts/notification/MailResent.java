package jp.azukari.contracts.notification;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff asked for a failed or bounced mail to be sent again: the same delivery is queued for a new
 * attempt (its outcome follows as {@link MailDelivered} or {@link MailDeliveryFailed}); the
 * envelope's actor is the staff member.
 *
 * @param deliveryId the delivery record's id
 * @param kind the message kind, e.g. {@code request-status}
 * @param memberId the member it is for, may be {@code null}
 * @param relatedType what it is about, e.g. {@code request}, may be {@code null}
 * @param relatedId the id of what it is about, may be {@code null}
 * @param previousState the state it was in, {@code FAILED} or {@code BOUNCED}
 * @param previousError why it had failed
 */
@EventType("notification.MailResent")
public record MailResent(
    String deliveryId,
    String kind,
    String memberId,
    String relatedType,
    String relatedId,
    String previousState,
    String previousError)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return deliveryId;
  }
}
