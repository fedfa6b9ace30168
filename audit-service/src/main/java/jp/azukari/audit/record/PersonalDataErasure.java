package jp.azukari.audit.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.regex.Pattern;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * When a member's personal data is erased ({@code member.PersonalDataErased}), the audit log stops
 * showing it: the member's records before the erasure lose their data, their full-text copy, their
 * seal's salt and, where the member acted, the member's name. Who (the actor's id), what (the
 * action and the names of the changed fields) and when stay. The seals' digests stay too, so the
 * hash chain verifies as before.
 *
 * <p>Runs after the erasure's own record is written; the member's earlier events share its topic
 * partition and are recorded by then. Erasing again (a redelivered event) changes nothing more.
 */
@Component
class PersonalDataErasure {

  static final String TYPE = "member.PersonalDataErased";
  private static final Pattern MEMBER_EVENT = Pattern.compile("^member\\.");

  private final MongoTemplate mongo;

  PersonalDataErasure(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Whether the event is an erasure this service acts on. */
  static boolean isErasure(EventEnvelope event) {
    return TYPE.equals(event.type()) && event.subject() != null;
  }

  /** Erases the erased member's values from their records; answers how many were erased. */
  long erase(EventEnvelope erasure) {
    var query =
        Query.query(
            new Criteria()
                .andOperator(
                    Criteria.where("subject").is(erasure.subject()),
                    new Criteria()
                        .orOperator(
                            Criteria.where("entityType").is("member"),
                            Criteria.where("type").regex(MEMBER_EVENT)),
                    Criteria.where("_id").ne(erasure.id()),
                    Criteria.where("erasure").exists(false),
                    Criteria.where("time").lte(erasure.time())));
    var records = mongo.find(query, AuditRecord.class);
    if (records.isEmpty()) {
      return 0;
    }
    var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AuditRecord.class);
    for (AuditRecord record : records) {
      var fields = new LinkedHashSet<String>();
      RecordView.changes(record.data()).forEach(change -> fields.add(change.field()));
      var update =
          new Update()
              .set(
                  "erasure",
                  new AuditRecord.Erasure(erasure.id(), erasure.time(), new ArrayList<>(fields)))
              .unset("data")
              .unset("searchText")
              .unset("seal.salt");
      if (record.actorType() == ActorType.MEMBER) {
        update.unset("actorName");
      }
      bulk.updateOne(
          Query.query(Criteria.where("_id").is(record.eventId()).and("erasure").exists(false)),
          update);
    }
    return bulk.execute().getModifiedCount();
  }
}
