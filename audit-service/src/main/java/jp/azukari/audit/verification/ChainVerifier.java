package jp.azukari.audit.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import jp.azukari.audit.record.AuditRecord;
import jp.azukari.audit.record.ChainAnchor;
import jp.azukari.audit.record.RecordHash;
import jp.azukari.audit.record.StreamHead;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Walks every stream's chain in sequence order, recomputing each record's hash and checking it
 * follows the one before: a changed record fails its own hash, a deleted one leaves a gap in the
 * sequence, and a record moved or relinked does not name its predecessor's hash.
 *
 * <p>Records written before the chain existed carry no link; they are counted, not verified. A
 * stream whose oldest records have expired starts from its {@link ChainAnchor}: its oldest
 * remaining record must follow the last one removed. Each stream then ends at its {@link
 * StreamHead}, the newest record as appended: a stream ending before it lost its newest records.
 */
@Component
class ChainVerifier {

  static final String CONTENT_CHANGED = "content-changed";
  static final String RECORD_MISSING = "record-missing";
  static final String LINK_BROKEN = "link-broken";
  static final String TRUNCATED = "truncated";

  private final MongoTemplate mongo;

  ChainVerifier(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  long chainedRecords() {
    return mongo.count(Query.query(Criteria.where("chain").exists(true)), AuditRecord.class);
  }

  long unchainedRecords() {
    return mongo.count(Query.query(Criteria.where("chain").exists(false)), AuditRecord.class);
  }

  /** The first broken link of each broken stream, streams in name order. */
  List<Verification.BrokenLink> verify(LongConsumer checked) {
    var named =
        new TreeSet<>(
            mongo.findDistinct(
                Query.query(Criteria.where("chain").exists(true)),
                "chain.stream",
                AuditRecord.class,
                String.class));
    // A stream whose every record was deleted has its head left.
    named.addAll(mongo.findDistinct(new Query(), "_id", StreamHead.class, String.class));
    List<String> streams = new ArrayList<>(named);
    var broken = new ArrayList<Verification.BrokenLink>();
    long[] count = {0};
    for (String stream : streams) {
      var link = verifyStream(stream, () -> checked.accept(++count[0]));
      if (link != null) {
        broken.add(link);
      }
    }
    return broken;
  }

  private Verification.BrokenLink verifyStream(String stream, Runnable checkedOne) {
    var anchor = mongo.findById(stream, ChainAnchor.class);
    long expectedSequence = anchor == null ? 1 : anchor.sequence() + 1;
    String expectedPrevious = anchor == null ? null : anchor.hash();
    boolean sealed = false;
    String lastEventId = null;
    try (var records =
        mongo.stream(
            Query.query(Criteria.where("chain.stream").is(stream))
                .with(Sort.by(Sort.Direction.ASC, "chain.sequence")),
            AuditRecord.class)) {
      var iterator = records.iterator();
      while (iterator.hasNext()) {
        AuditRecord record = iterator.next();
        checkedOne.run();
        var chain = record.chain();
        if (anchor != null && chain.sequence() <= anchor.sequence()) {
          continue; // Expired, its anchor written, its deletion not yet done.
        }
        if (chain.sequence() != expectedSequence) {
          return new Verification.BrokenLink(
              stream, expectedSequence, record.eventId(), RECORD_MISSING);
        }
        // Records are sealed from some point of a stream on; an unsealed one after it was unsealed.
        sealed |= record.seal() != null;
        if (!Objects.equals(RecordHash.of(record), chain.hash())
            || (sealed && record.seal() == null)) {
          return new Verification.BrokenLink(
              stream, chain.sequence(), record.eventId(), CONTENT_CHANGED);
        }
        if (!Objects.equals(chain.previousHash(), expectedPrevious)) {
          return new Verification.BrokenLink(
              stream, chain.sequence(), record.eventId(), LINK_BROKEN);
        }
        expectedSequence = chain.sequence() + 1;
        expectedPrevious = chain.hash();
        lastEventId = record.eventId();
      }
    }
    return againstHead(stream, expectedSequence - 1, expectedPrevious, lastEventId);
  }

  /**
   * What the chain cannot show itself: its newest records deleted (the stream ends before its head:
   * {@value #TRUNCATED}) or its last record replaced by one whose hash and link were recomputed
   * (the stream ends at its head with another hash).
   */
  private Verification.BrokenLink againstHead(
      String stream, long lastSequence, String lastHash, String lastEventId) {
    var head = mongo.findById(stream, StreamHead.class);
    if (head == null) {
      return null; // Written before heads were kept; its next append records one.
    }
    if (head.sequence() > lastSequence) {
      return new Verification.BrokenLink(stream, lastSequence + 1, head.eventId(), TRUNCATED);
    }
    if (head.sequence() == lastSequence && !Objects.equals(head.hash(), lastHash)) {
      return new Verification.BrokenLink(stream, lastSequence, lastEventId, CONTENT_CHANGED);
    }
    return null;
  }
}
