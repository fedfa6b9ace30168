package jp.azukari.item.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.item.member.MemberRecord;
import jp.azukari.item.request.RequestRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Items, requests and members stored the way the item-service stores them, for tests of what is
 * read from them (exports, the ledger). Items are written as documents, so these tests do not
 * depend on how items are created.
 */
public final class StoredItems {

  private final MongoTemplate mongo;

  public StoredItems(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** An item document with the given field values; {@code number} must be unique. */
  public static Document item(
      String id, String number, String requestId, String memberId, Map<String, Object> values) {
    Date now = new Date();
    return new Document("_id", id)
        .append("number", number)
        .append("requestId", requestId)
        .append("memberId", memberId)
        .append("values", new Document(values))
        .append("photos", new ArrayList<>())
        .append("createdAt", now)
        .append("updatedAt", now)
        .append("outbox", new ArrayList<>())
        .append("version", 0L);
  }

  public String add(String number, String requestId, String memberId, Map<String, Object> values) {
    String id = UUID.randomUUID().toString();
    mongo.getCollection("items").insertOne(item(id, number, requestId, memberId, values));
    return id;
  }

  public void addPhoto(String itemId, String contentType) {
    mongo
        .getCollection("items")
        .updateOne(
            new Document("_id", itemId),
            new Document(
                "$push",
                new Document(
                    "photos",
                    new Document("_id", UUID.randomUUID().toString())
                        .append("fileId", "f")
                        .append("contentType", contentType)
                        .append("size", 1000L)
                        .append("uploadedBy", "m")
                        .append("at", new Date()))));
  }

  public void price(String itemId, String auctionId, long currentBid, Long hammerPrice) {
    mongo
        .getCollection("items")
        .updateOne(
            new Document("_id", itemId),
            new Document(
                "$set",
                new Document(
                    "price",
                    new Document("auctionId", auctionId)
                        .append("listedAt", Date.from(Instant.parse("2026-04-01T01:00:00Z")))
                        .append("currentBid", currentBid)
                        .append("endsAt", Date.from(Instant.parse("2026-04-08T13:00:00Z")))
                        .append("hammerPrice", hammerPrice)
                        .append("sequence", 1L)
                        .append("updatedAt", new Date()))));
  }

  /** Changes an item's field as staff would, moving its {@code updatedAt}. */
  public void change(String itemId, String key, Object value) {
    mongo
        .getCollection("items")
        .updateOne(
            new Document("_id", itemId),
            new Document(
                "$set", new Document("values." + key, value).append("updatedAt", new Date())));
  }

  /**
   * A request of the member; given {@code itemsReceivedAt}, a walk-in request that started received
   * then (and has not changed since).
   */
  public RequestRecord request(String number, String memberId, Instant itemsReceivedAt) {
    var request =
        new RequestRecord(
            UUID.randomUUID().toString(),
            number,
            memberId,
            itemsReceivedAt == null ? "KIT" : "WALK_IN",
            itemsReceivedAt == null ? "KIT_SENT" : "ITEMS_RECEIVED",
            itemsReceivedAt,
            itemsReceivedAt == null ? Instant.now() : itemsReceivedAt);
    return mongo.save(request);
  }

  /** The request's items came into the shop (what workflow.RequestStatusChanged leads to). */
  public RequestRecord receive(RequestRecord request, Instant at) {
    return mongo.save(
        new RequestRecord(
            request.id(),
            request.number(),
            request.memberId(),
            request.type(),
            "ITEMS_RECEIVED",
            at,
            Instant.now()));
  }

  public MemberRecord member(
      String id, String family, String given, LocalDate birthDate, String verificationState) {
    return mongo.save(
        new MemberRecord(
            id,
            family,
            given,
            "ヤマダ",
            "ハナコ",
            birthDate,
            "会社員",
            new MemberRecord.Address("100-0001", "東京都", "千代田区", "千代田1-1", "201号室"),
            new MemberRecord.Verification(
                verificationState,
                List.of("DRIVING_LICENCE"),
                "VERIFIED".equals(verificationState)
                    ? Instant.parse("2026-03-01T02:00:00Z")
                    : null),
            null,
            Instant.now()));
  }

  public static Map<String, Object> values(Object... keysAndValues) {
    var values = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }
}
