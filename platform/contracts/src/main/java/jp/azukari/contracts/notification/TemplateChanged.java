package jp.azukari.contracts.notification;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * An admin saved a mail template; the envelope's actor is the admin.
 *
 * @param templateId the template's id, {@code <kind>.<language>}
 * @param kind the message kind, e.g. {@code request-status}
 * @param language {@code ja} or {@code en}
 * @param subject the subject template as saved
 * @param text the plain-text template as saved
 * @param html the HTML template as saved
 */
@EventType("notification.TemplateChanged")
public record TemplateChanged(
    String templateId, String kind, String language, String subject, String text, String html)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return templateId;
  }
}
