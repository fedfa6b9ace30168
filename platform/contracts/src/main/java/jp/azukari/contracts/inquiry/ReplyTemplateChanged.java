package jp.azukari.contracts.inquiry;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * A shared reply template was created, edited or removed.
 *
 * @param templateId the template (also the event's subject)
 * @param name its name after the change (before, when removed)
 * @param changes each changed field's before and after
 * @param removed {@code true} when it was removed
 */
@EventType("inquiry.ReplyTemplateChanged")
public record ReplyTemplateChanged(
    String templateId, String name, List<FieldChange> changes, boolean removed)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return templateId;
  }
}
