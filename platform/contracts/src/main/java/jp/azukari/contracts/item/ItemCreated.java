package jp.azukari.contracts.item;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * An item was added to a request, by the member or by staff.
 *
 * @param itemId the item's id
 * @param number the management number printed on the item's label and used as the auction system's
 *     {@code itemRef}, e.g. {@code I-000123}
 * @param requestId the request the item belongs to
 * @param memberId the member who consigned it
 * @param changes every field given, with a {@code null} before value
 */
@EventType("item.ItemCreated")
public record ItemCreated(
    String itemId, String number, String requestId, String memberId, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return itemId;
  }
}
