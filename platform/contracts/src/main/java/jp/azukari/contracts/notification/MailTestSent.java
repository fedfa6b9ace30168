package jp.azukari.contracts.notification;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * An admin sent a test mail of a template, rendered with sample data; the envelope's actor is the
 * admin.
 *
 * @param deliveryId the test mail's delivery record
 * @param kind the message kind of the template
 * @param language the template's language
 * @param to where the test mail went
 */
@EventType("notification.MailTestSent")
public record MailTestSent(String deliveryId, String kind, String language, String to)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return deliveryId;
  }
}
