package jp.azukari.contracts.notification;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * An admin put a mail template back to the default the service ships with; the envelope's actor is
 * the admin.
 *
 * @param templateId the template's id, {@code <kind>.<language>}
 * @param kind the message kind, e.g. {@code request-status}
 * @param language {@code ja} or {@code en}
 */
@EventType("notification.TemplateReset")
public record TemplateReset(String templateId, String kind, String language)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return templateId;
  }
}
