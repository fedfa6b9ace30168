package jp.azukari.item.item;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Item numbers ({@code I-000001}, printed on the label and the auction system's {@code itemRef})
 * from one counter in MongoDB, incremented atomically: two instances never hand out the same
 * number.
 */
@Component
class ItemNumbers {

  static final String COLLECTION = "counters";
  static final String COUNTER = "item-number";

  private final MongoTemplate mongo;

  ItemNumbers(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  String next() {
    return format(increment());
  }

  static String format(long sequence) {
    return String.format("I-%06d", sequence);
  }

  private long increment() {
    Query counter = Query.query(Criteria.where("_id").is(COUNTER));
    Update increment = new Update().inc("value", 1L);
    FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
    Document next;
    try {
      next = mongo.findAndModify(counter, increment, options, Document.class, COLLECTION);
    } catch (DuplicateKeyException createdConcurrently) {
      // Two first-ever increments raced to create the counter; it exists now.
      next = mongo.findAndModify(counter, increment, options, Document.class, COLLECTION);
    }
    return ((Number) next.get("value")).longValue();
  }
}
