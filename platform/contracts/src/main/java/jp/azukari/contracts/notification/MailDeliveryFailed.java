package jp.azukari.contracts.notification;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A mail to a member finally failed after its retries. Services whose automatic step sent it (e.g.
 * a request's status mail) show the failure and offer to send it again.
 *
 * @param deliveryId the delivery record's id
 * @param kind the message kind, e.g. {@code request-status}
 * @param memberId the member it was for, may be {@code null}
 * @param relatedType what it was about, e.g. {@code request}, may be {@code null}
 * @param relatedId the id of what it was about, e.g. the request id, may be {@code null}
 * @param reason why it failed, as the SMTP server or the sender said
 */
@EventType("notification.MailDeliveryFailed")
public record MailDeliveryFailed(
    String deliveryId,
    String kind,
    String memberId,
    String relatedType,
    String relatedId,
    String reason)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return deliveryId;
  }
}
