package jp.azukari.item.price;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The one {@link FeedStatus} document. Only the polling instance writes it (under the poll's lock),
 * field by field, so a status read elsewhere is never overwritten with an older one.
 */
@Component
class FeedStatuses {

  private final MongoTemplate mongo;

  FeedStatuses(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  FeedStatus current() {
    return Optional.ofNullable(mongo.findById(FeedStatus.ID, FeedStatus.class))
        .orElseGet(FeedStatus::initial);
  }

  /** A page was handled: go on after {@code cursor} next time. */
  void advanced(String cursor, PageTally tally) {
    write(
        new Update()
            .set("cursor", cursor)
            .inc("applied", tally.applied())
            .inc("ignored", tally.ignored())
            .inc("orphaned", tally.orphaned()));
  }

  /** Forget the cursor: the next poll reads the feed from its beginning. */
  void restart() {
    write(new Update().unset("cursor"));
  }

  FeedStatus succeeded(Instant at, String circuit) {
    return write(
        new Update()
            .set("lastPollAt", at)
            .set("lastSuccessAt", at)
            .set("consecutiveFailures", 0)
            .set("circuit", circuit)
            .unset("lastError")
            .unset("lastErrorAt")
            .unset("failingSince"));
  }

  FeedStatus failed(Instant at, String reason, String circuit) {
    FeedStatus before = current();
    return write(
        new Update()
            .set("lastPollAt", at)
            .set("lastError", reason)
            .set("lastErrorAt", at)
            .set("failingSince", before.failingSince() == null ? at : before.failingSince())
            .inc("consecutiveFailures", 1)
            .set("circuit", circuit));
  }

  private FeedStatus write(Update update) {
    return mongo.findAndModify(
        Query.query(Criteria.where("_id").is(FeedStatus.ID)),
        update,
        FindAndModifyOptions.options().upsert(true).returnNew(true),
        FeedStatus.class);
  }
}
