package jp.azukari.contracts.item;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * An admin changed the configurable item fields.
 *
 * @param configuration always {@code item-fields}, the one configuration's id
 * @param version the configuration's version after the change
 * @param changes each changed setting, e.g. {@code fields.brand.required}, with before and after
 */
@EventType("item.ItemFieldsConfigured")
public record ItemFieldsConfigured(String configuration, long version, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return configuration;
  }
}
