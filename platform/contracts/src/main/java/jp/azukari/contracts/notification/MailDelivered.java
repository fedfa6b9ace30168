package jp.azukari.contracts.notification;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A mail to a member was accepted by the SMTP server.
 *
 * @param deliveryId the delivery record's id
 * @param kind the message kind, e.g. {@code request-status}
 * @param memberId the member it was for, may be {@code null}
 * @param relatedType what it was about, e.g. {@code request}, may be {@code null}
 * @param relatedId the id of what it was about, e.g. the request id, may be {@code null}
 */
@EventType("notification.MailDelivered")
public record MailDelivered(
    String deliveryId, String kind, String memberId, String relatedType, String relatedId)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return deliveryId;
  }
}
