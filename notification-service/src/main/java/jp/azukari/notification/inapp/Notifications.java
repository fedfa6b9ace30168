package jp.azukari.notification.inapp;

import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Members' notification lists: adding once per cause, listing, counting and marking read. */
@Component
class Notifications {

  private final MongoTemplate mongo;
  private final Clock clock;

  Notifications(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** Adds the notification unless one with its id exists already. */
  void add(Notification notification) {
    try {
      mongo.insert(notification);
    } catch (DuplicateKeyException alreadyThere) {
      // The same cause again (a redelivered event): nothing to add.
    }
  }

  /** Adds many at once; those that exist already are left as they are. */
  void addAll(List<Notification> notifications) {
    if (notifications.isEmpty()) {
      return;
    }
    var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class);
    for (Notification notification : notifications) {
      bulk.upsert(
          Query.query(Criteria.where("_id").is(notification.id())),
          new Update()
              .setOnInsert("memberId", notification.memberId())
              .setOnInsert("kind", notification.kind())
              .setOnInsert("title", notification.title())
              .setOnInsert("body", notification.body())
              .setOnInsert("link", notification.link())
              .setOnInsert("broadcastId", notification.broadcastId())
              .setOnInsert("createdAt", notification.createdAt()));
    }
    bulk.execute();
  }

  List<Notification> page(String memberId, int page, int size) {
    return mongo.find(
        Query.query(Criteria.where("memberId").is(memberId))
            .with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"))
            .skip((long) page * size)
            .limit(size),
        Notification.class);
  }

  long count(String memberId) {
    return mongo.count(Query.query(Criteria.where("memberId").is(memberId)), Notification.class);
  }

  long unread(String memberId) {
    return mongo.count(
        Query.query(Criteria.where("memberId").is(memberId).and("readAt").is(null)),
        Notification.class);
  }

  /** Marks the member's own notification read; false when the member has none with that id. */
  boolean read(String memberId, String id) {
    Notification notification =
        mongo.findOne(
            Query.query(Criteria.where("_id").is(id).and("memberId").is(memberId)),
            Notification.class);
    if (notification == null) {
      return false;
    }
    mongo.updateFirst(
        Query.query(
            Criteria.where("_id").is(id).and("memberId").is(memberId).and("readAt").is(null)),
        new Update().set("readAt", clock.instant()),
        Notification.class);
    return true;
  }

  long readAll(String memberId) {
    return mongo
        .updateMulti(
            Query.query(Criteria.where("memberId").is(memberId).and("readAt").is(null)),
            new Update().set("readAt", clock.instant()),
            Notification.class)
        .getModifiedCount();
  }
}
