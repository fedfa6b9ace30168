package jp.azukari.audit.verification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One run of the hash chain verification and what it found: how many chained records it checked of
 * how many, and the first broken link (of all streams, and the first of each broken stream). A run
 * whose instance stopped ({@code heartbeatAt} too old) is FAILED with the {@code failure}.
 */
@Document("audit_verifications")
record Verification(
    @Id String id,
    State state,
    long checked,
    long total,
    long unchained,
    BrokenLink firstBroken,
    List<BrokenLink> broken,
    String startedById,
    String startedByName,
    @Indexed Instant startedAt,
    Instant finishedAt,
    Instant heartbeatAt,
    String failure) {

  enum State {
    RUNNING,
    DONE,
    FAILED
  }

  /**
   * Where a stream's chain breaks, and why: content-changed, record-missing, link-broken or
   * truncated (its newest records, up to its recorded head, are missing).
   */
  record BrokenLink(String stream, long sequence, String eventId, String reason) {}
}
