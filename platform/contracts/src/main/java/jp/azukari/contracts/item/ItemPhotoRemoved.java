package jp.azukari.contracts.item;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A photo of an item was deleted.
 *
 * @param itemId the item's id
 * @param memberId the member who consigned it
 * @param photoId the deleted photo's id
 */
@EventType("item.ItemPhotoRemoved")
public record ItemPhotoRemoved(String itemId, String memberId, String photoId)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return itemId;
  }
}
