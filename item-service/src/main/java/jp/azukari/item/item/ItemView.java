package jp.azukari.item.item;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An item as answered: to staff with every value (ItemView), to its member without staff-only
 * values except the listing title (MemberItemView).
 *
 * @param number the management number, also the auction system's {@code itemRef}
 * @param requestNumber the request's number, {@code null} while the request is unknown here
 * @param memberName the member's name, {@code null} while unknown or after erasure
 * @param missingRequired keys of required fields without a value (for members only those they can
 *     fill in)
 * @param price the auction system's latest figures, {@code null} until listed
 */
public record ItemView(
    String id,
    String number,
    String requestId,
    String requestNumber,
    String memberId,
    String memberName,
    Map<String, Object> values,
    List<String> missingRequired,
    List<PhotoView> photos,
    PriceView price,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** A photo of the item; its content is at {@code .../photos/{id}}. */
  public record PhotoView(String id, String contentType, long size) {
    public static PhotoView of(Photo photo) {
      return new PhotoView(photo.id(), photo.contentType(), photo.size());
    }
  }

  /** What the auction system last reported: amounts in whole yen. */
  public record PriceView(
      String auctionId,
      Instant listedAt,
      long currentBid,
      Instant endsAt,
      Long hammerPrice,
      Instant updatedAt) {
    static PriceView of(AuctionFigures figures) {
      return figures == null
          ? null
          : new PriceView(
              figures.auctionId(),
              figures.listedAt(),
              figures.currentBid(),
              figures.endsAt(),
              figures.hammerPrice(),
              figures.updatedAt());
    }
  }
}
