package jp.azukari.workflow.requests;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Request numbers members and staff quote, {@code R-000001}, {@code R-000002}, ...: one atomic
 * counter in MongoDB, so instances never hand out the same number.
 */
@Component
class RequestNumbers {

  static final String COLLECTION = "counters";
  static final String COUNTER = "request-number";

  private final MongoTemplate mongo;

  RequestNumbers(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  String next() {
    return format(increment());
  }

  static String format(long value) {
    return String.format("R-%06d", value);
  }

  private long increment() {
    var query = Query.query(Criteria.where("_id").is(COUNTER));
    var update = new Update().inc("value", 1L);
    var options = FindAndModifyOptions.options().returnNew(true).upsert(true);
    try {
      return value(mongo.findAndModify(query, update, options, Document.class, COLLECTION));
    } catch (DuplicateKeyException createdMeanwhile) {
      // Two first numbers at once: both upserts tried to insert; the counter exists now.
      return value(mongo.findAndModify(query, update, options, Document.class, COLLECTION));
    }
  }

  private static long value(Document counter) {
    return ((Number) counter.get("value")).longValue();
  }
}
