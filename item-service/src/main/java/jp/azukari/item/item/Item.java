package jp.azukari.item.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  protected Item() {}

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

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
