package jp.azukari.contracts.item;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * The external auction system reported new figures for an item.
 *
 * @param itemId the item's id
 * @param memberId the member who consigned it
 * @param auctionId the auction system's listing id
 * @param sequence the auction system's sequence number of this update
 * @param changes {@code listedAt}, {@code currentBid}, {@code endsAt}, {@code hammerPrice} with
 *     before and after, only those that changed
 */
@EventType("item.ItemPriceUpdated")
public record ItemPriceUpdated(
    String itemId, String memberId, String auctionId, long sequence, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return itemId;
  }
}
