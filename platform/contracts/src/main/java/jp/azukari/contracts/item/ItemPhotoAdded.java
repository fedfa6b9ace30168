package jp.azukari.contracts.item;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A photo of an item was uploaded.
 *
 * @param itemId the item's id
 * @param memberId the member who consigned it
 * @param photoId the photo's id
 * @param contentType the photo's media type, found from its content
 * @param size the photo's size in bytes
 */
@EventType("item.ItemPhotoAdded")
public record ItemPhotoAdded(
    String itemId, String memberId, String photoId, String contentType, long size)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return itemId;
  }
}
