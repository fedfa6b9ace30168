package jp.azukari.platform.testapp;

import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Reads the parcels' {@code outbox} arrays straight from MongoDB, as the relay sees them. */
record Outboxes(MongoTemplate mongo) {

  /** The pending entries of one parcel, oldest first. */
  List<Document> of(String parcelId) {
    Document parcel = mongo.findById(parcelId, Document.class, Parcel.COLLECTION);
    if (parcel == null) {
      throw new IllegalStateException("No parcel " + parcelId);
    }
    List<Document> outbox = parcel.getList("outbox", Document.class);
    return outbox == null ? List.of() : outbox;
  }

  List<String> pendingEventIds(Collection<String> parcelIds) {
    return parcelIds.stream()
        .flatMap(id -> of(id).stream())
        .map(entry -> entry.getString("eventId"))
        .toList();
  }
}
