package jp.azukari.item.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.item.ItemChanged;
import jp.azukari.contracts.item.ItemCreated;
import jp.azukari.contracts.item.ItemPhotoAdded;
import jp.azukari.contracts.item.ItemPhotoRemoved;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 委託品: one consigned article of a member's request. Its {@code values} hold the configurable item
 * fields by key (member-entered ones such as name and brand, staff-entered listing data); its
 * {@code number} is printed on the label and is the auction system's {@code itemRef}.
 */
@Document("items")
public class Item extends OutboxAggregate {

  @Id private String id;

  @Indexed(unique = true)
  private String number;

  @Indexed private String requestId;
  @Indexed private String memberId;
  private Map<String, Object> values = new LinkedHashMap<>();
  private List<Photo> photos = new ArrayList<>();
  private AuctionFigures price;
  private Instant createdAt;
  private Instant updatedAt;

  @Indexed(sparse = true)
  private Instant removedAt;

  protected Item() {}

  /**
   * A new item of a member's request, announced with every value given (before {@code null}).
   *
   * @param values the values, already checked and normalised by their fields; {@code null} values
   *     are left out
   */
  public static Item create(
      String id,
      String number,
      String requestId,
      String memberId,
      Map<String, Object> values,
      Instant now) {
    var item = new Item();
    item.id = id;
    item.number = number;
    item.requestId = requestId;
    item.memberId = memberId;
    item.createdAt = now;
    item.updatedAt = now;
    var changes = new ArrayList<FieldChange>();
    values.forEach(
        (key, value) -> {
          if (value != null) {
            item.values.put(key, value);
            changes.add(new FieldChange(key, null, value));
          }
        });
    item.registerEvent(new ItemCreated(id, number, requestId, memberId, List.copyOf(changes)));
    return item;
  }

  /**
   * Sets the given values; a {@code null} value clears its field. Only values that really change
   * are announced, with before and after.
   *
   * @param changed the values, already checked and normalised by their fields
   * @return whether anything changed
   */
  public boolean changeValues(Map<String, Object> changed, Instant now) {
    var changes = new ArrayList<FieldChange>();
    changed.forEach(
        (key, value) -> {
          Object before = values.get(key);
          if (!Objects.equals(before, value)) {
            changes.add(new FieldChange(key, before, value));
            if (value == null) {
              values.remove(key);
            } else {
              values.put(key, value);
            }
          }
        });
    if (changes.isEmpty()) {
      return false;
    }
    updatedAt = now;
    registerEvent(new ItemChanged(id, requestId, memberId, List.copyOf(changes)));
    return true;
  }

  /** Adds a photo whose content is stored already. */
  public void addPhoto(Photo photo, Instant now) {
    photos.add(photo);
    updatedAt = now;
    registerEvent(new ItemPhotoAdded(id, memberId, photo.id(), photo.contentType(), photo.size()));
  }

  public Optional<Photo> photo(String photoId) {
    return photos.stream().filter(photo -> photo.id().equals(photoId)).findFirst();
  }

  /**
   * Removes a photo from the item; its content is deleted by the caller.
   *
   * @return the removed photo, empty if the item has no such photo
   */
  public Optional<Photo> removePhoto(String photoId, Instant now) {
    Optional<Photo> photo = photo(photoId);
    photo.ifPresent(
        removed -> {
          photos.remove(removed);
          updatedAt = now;
          registerEvent(new ItemPhotoRemoved(id, memberId, removed.id()));
        });
    return photo;
  }

  /**
   * Takes the item off its request, announced as a change of {@code removed} from false to true
   * with every value cleared. The document stays until its events are published (the outbox lives
   * in it), then it is purged; meanwhile no query of this service finds it.
   */
  public void remove(Instant now) {
    if (removedAt != null) {
      return;
    }
    var changes = new ArrayList<FieldChange>();
    changes.add(new FieldChange("removed", false, true));
    values.forEach((key, value) -> changes.add(new FieldChange(key, value, null)));
    removedAt = now;
    updatedAt = now;
    registerEvent(new ItemChanged(id, requestId, memberId, List.copyOf(changes)));
  }

  /** When the item was taken off its request, {@code null} while it is on it. */
  public Instant removedAt() {
    return removedAt;
  }

  public boolean removed() {
    return removedAt != null;
  }

  public String id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String requestId() {
    return requestId;
  }

  public String memberId() {
    return memberId;
  }

  public Map<String, Object> values() {
    return java.util.Collections.unmodifiableMap(values);
  }

  public List<Photo> photos() {
    return java.util.Collections.unmodifiableList(photos);
  }

  /** The auction system's latest figures, {@code null} until the item is listed there. */
  public AuctionFigures price() {
    return price;
  }

  /**
   * Takes in what the auction system reports for this item, unless the item already shows the same
   * or newer figures. Another update of the listing shown counts only with a higher {@code
   * sequence}; another listing (the item was relisted) replaces the one shown only when it was
   * listed later (or at the same moment with a higher sequence), so a replayed or late update of an
   * earlier listing never brings it back. Announces the figures that changed ({@code
   * item.ItemPriceUpdated}, before and after).
   *
   * @return whether the figures were taken; {@code false} for an old or duplicate update and for
   *     one that changes none of the figures
   */
  public boolean applyAuctionFigures(AuctionFigures figures) {
    AuctionFigures before = price;
    if (!supersedes(figures, before)) {
      return false;
    }
    boolean sameListing = before != null && before.auctionId().equals(figures.auctionId());
    var changes = new ArrayList<jp.azukari.contracts.FieldChange>();
    compare(changes, "listedAt", before == null ? null : before.listedAt(), figures.listedAt());
    compare(
        changes, "currentBid", before == null ? null : before.currentBid(), figures.currentBid());
    compare(changes, "endsAt", before == null ? null : before.endsAt(), figures.endsAt());
    compare(
        changes,
        "hammerPrice",
        before == null ? null : before.hammerPrice(),
        figures.hammerPrice());
    if (sameListing && changes.isEmpty()) {
      return false;
    }
    price = figures;
    registerEvent(
        new jp.azukari.contracts.item.ItemPriceUpdated(
            id, memberId, figures.auctionId(), figures.sequence(), List.copyOf(changes)));
    return true;
  }

  private static boolean supersedes(AuctionFigures figures, AuctionFigures shown) {
    if (shown == null) {
      return true;
    }
    if (shown.auctionId().equals(figures.auctionId())
        || figures.listedAt() == null
        || shown.listedAt() == null
        || figures.listedAt().equals(shown.listedAt())) {
      return figures.sequence() > shown.sequence();
    }
    return figures.listedAt().isAfter(shown.listedAt());
  }

  private static void compare(
      List<jp.azukari.contracts.FieldChange> changes, String field, Object before, Object after) {
    if (!java.util.Objects.equals(before, after)) {
      changes.add(new jp.azukari.contracts.FieldChange(field, before, after));
    }
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
