package jp.azukari.platform.sequence;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Named counters in the service's MongoDB ({@value #COLLECTION} collection), each incremented
 * atomically: two instances never hand out the same value. Counters start at 1.
 */
public class Sequences {

  public static final String COLLECTION = "counters";

  private final MongoTemplate mongo;

  public Sequences(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The counter's next value. */
  public long next(String counter) {
    var query = Query.query(Criteria.where("_id").is(counter));
    var update = new Update().inc("value", 1L);
    var options = FindAndModifyOptions.options().returnNew(true).upsert(true);
    try {
      return value(mongo.findAndModify(query, update, options, Document.class, COLLECTION));
    } catch (DuplicateKeyException createdMeanwhile) {
      // Two first values at once: both upserts tried to insert; the counter exists now.
      return value(mongo.findAndModify(query, update, options, Document.class, COLLECTION));
    }
  }

  /** Numbers people quote, {@code <prefix>-000001}, from the named counter. */
  public NumberSequence numbered(String counter, String prefix) {
    return new NumberSequence(this, counter, prefix);
  }

  private static long value(Document counter) {
    return ((Number) counter.get("value")).longValue();
  }
}
