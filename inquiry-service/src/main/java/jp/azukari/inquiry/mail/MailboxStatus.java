package jp.azukari.inquiry.mail;

import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * How the mail intake is doing, kept in MongoDB because the poll runs on one instance and any
 * instance answers the question.
 */
@Component
class MailboxStatus {

  private static final String COLLECTION = "mailbox_status";
  private static final Query THE_MAILBOX = Query.query(Criteria.where("_id").is("mailbox"));

  /**
   * @param lastPollAt when the mailbox was last polled, {@code null} before the first poll
   * @param lastError why the last poll, or a mail in it, failed; {@code null} when it went well
   * @param fetched how many mails the intake has taken in so far
   */
  record View(Instant lastPollAt, String lastError, long fetched) {}

  private final MongoTemplate mongo;

  MailboxStatus(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  void polled(Instant at, int fetched, String error) {
    mongo.upsert(
        THE_MAILBOX,
        new Update().set("lastPollAt", at).set("lastError", error).inc("fetched", fetched),
        COLLECTION);
  }

  View current() {
    var document = mongo.findOne(THE_MAILBOX, org.bson.Document.class, COLLECTION);
    if (document == null) {
      return new View(null, null, 0);
    }
    var lastPollAt = document.getDate("lastPollAt");
    Number fetched = document.get("fetched", Number.class);
    return new View(
        lastPollAt == null ? null : lastPollAt.toInstant(),
        document.getString("lastError"),
        fetched == null ? 0 : fetched.longValue());
  }
}
