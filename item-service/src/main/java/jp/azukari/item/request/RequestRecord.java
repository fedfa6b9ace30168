package jp.azukari.item.request;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the item-service knows of a workflow request, from {@code workflow.events}: whose it is, its
 * number and status, and when its items came into the shop (the ledger's acquisition date).
 *
 * @param id the request's id
 * @param number the request number, e.g. {@code R-000123}
 * @param memberId the member the request belongs to
 * @param type {@code KIT} or {@code WALK_IN}
 * @param status the current status code
 * @param itemsReceivedAt when the items came into the shop, {@code null} before
 * @param updatedAt when this record last changed
 */
@Document("requests")
public record RequestRecord(
    @Id String id,
    String number,
    @Indexed String memberId,
    String type,
    String status,
    Instant itemsReceivedAt,
    Instant updatedAt) {

  /** Whether the request belongs to the member. */
  public boolean of(String member) {
    return memberId != null && memberId.equals(member);
  }

  /** Whether the items of this request are in the shop. */
  public boolean itemsReceived() {
    return itemsReceivedAt != null;
  }

  /** The request in another status; the first move that brings the items in dates their receipt. */
  RequestRecord moved(String to, boolean bringsItemsIn, Instant at) {
    Instant received = itemsReceivedAt == null && bringsItemsIn ? at : itemsReceivedAt;
    return new RequestRecord(id, number, memberId, type, to, received, at);
  }
}
