package jp.azukari.contracts.item;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * Fields of an item changed.
 *
 * @param itemId the item's id
 * @param requestId the request the item belongs to
 * @param memberId the member who consigned it
 * @param changes each changed field by its key, with before and after
 */
@EventType("item.ItemChanged")
public record ItemChanged(
    String itemId, String requestId, String memberId, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return itemId;
  }
}
