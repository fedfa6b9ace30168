package jp.azukari.contracts.workflow;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * An admin changed the statuses or transitions of a request type.
 *
 * @param type the request type
 * @param version the configuration's version after the change
 * @param changes each changed setting, e.g. {@code statuses.KIT_SENT.timeLimitHours} or {@code
 *     transitions}, with before and after
 */
@EventType("workflow.StatusConfigurationChanged")
public record StatusConfigurationChanged(String type, long version, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return type;
  }
}
