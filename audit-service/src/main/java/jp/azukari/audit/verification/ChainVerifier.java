package jp.azukari.audit.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import jp.azukari.audit.record.AuditRecord;
import jp.azukari.audit.record.ChainAnchor;
import jp.azukari.audit.record.RecordHash;
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
 * remaining record must follow the last one removed.
 */
@Component
class ChainVerifier {

  static final String CONTENT_CHANGED = "content-changed";
  static final String RECORD_MISSING = "record-missing";
  static final String LINK_BROKEN = "link-broken";

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
    List<String> streams =
        new ArrayList<>(
            mongo.findDistinct(
                Query.query(Criteria.where("chain").exists(true)),
                "chain.stream",
                AuditRecord.class,
                String.class));
    streams.sort(null);
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
      }
    }
    return null;
  }
}
