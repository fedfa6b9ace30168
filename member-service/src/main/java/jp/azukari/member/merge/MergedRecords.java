package jp.azukari.member.merge;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A member's identity documents and change requests, as a merge lists and moves them. Moving
 * re-points their {@code memberId} and nothing else: each keeps its id, state and history. A moved
 * record is tagged with the member it came from, so a merge resumed after a crash still names every
 * record the merge moved; its version goes up, so a concurrent save of what was read before the
 * move fails instead of pointing it back.
 */
@Component
class MergedRecords {

  static final String DOCUMENTS = "identity_documents";
  static final String CHANGE_REQUESTS = "changeRequests";
  static final String MOVED_FROM = "mergedFromMemberId";

  private final MongoTemplate mongo;

  MergedRecords(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** What the duplicate has, or had before a merge into another member moved it. */
  record Listing(
      List<String> documentIds,
      boolean documentsPending,
      List<String> changeRequestIds,
      boolean changeRequestsPending) {}

  Listing of(String duplicateId) {
    var ofDuplicate =
        Query.query(
            new Criteria()
                .orOperator(
                    Criteria.where("memberId").is(duplicateId),
                    Criteria.where(MOVED_FROM).is(duplicateId)));
    List<Document> documents = mongo.find(ofDuplicate, Document.class, DOCUMENTS);
    List<Document> requests = mongo.find(ofDuplicate, Document.class, CHANGE_REQUESTS);
    return new Listing(
        ids(documents),
        documents.stream()
            .anyMatch(d -> "PENDING".equals(d.get("review")) && d.get("deletedAt") == null),
        ids(requests),
        hasPending(requests));
  }

  /** Whether the member has a change request waiting for staff. */
  boolean changeRequestsPending(String memberId) {
    return mongo.exists(
        Query.query(Criteria.where("memberId").is(memberId).and("state").is("PENDING")),
        CHANGE_REQUESTS);
  }

  /** Moves whatever the duplicate still has to the survivor; doing it again changes nothing. */
  void move(String duplicateId, String survivorId) {
    var ofDuplicate = Query.query(Criteria.where("memberId").is(duplicateId));
    var repoint =
        new Update().set("memberId", survivorId).set(MOVED_FROM, duplicateId).inc("version", 1);
    mongo.updateMulti(ofDuplicate, repoint, DOCUMENTS);
    mongo.updateMulti(ofDuplicate, repoint, CHANGE_REQUESTS);
  }

  private static boolean hasPending(List<Document> requests) {
    return requests.stream().anyMatch(r -> "PENDING".equals(r.get("state")));
  }

  private static List<String> ids(List<Document> records) {
    return records.stream().map(r -> String.valueOf(r.get("_id"))).toList();
  }
}
