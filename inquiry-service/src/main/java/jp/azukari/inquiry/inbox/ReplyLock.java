package jp.azukari.inquiry.inbox;

import java.time.Duration;
import java.time.Instant;
import jp.azukari.contracts.inquiry.ReplyLockTakenOver;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who is writing the reply to an inquiry (one document per inquiry, its id the inquiry's id). Kept
 * apart from the {@link Inquiry} so that taking and renewing it every 30 seconds does not change
 * the inquiry's version under the other staff's feet; its own {@code @Version} makes two staff
 * taking it at the same moment impossible.
 */
@Document("reply_locks")
class ReplyLock extends OutboxAggregate {

  @Id private String id;
  private String holderId;
  private String holderName;
  private Instant since;
  private Instant expiresAt;

  protected ReplyLock() {}

  ReplyLock(String inquiryId) {
    this.id = inquiryId;
  }

  /** Whether someone else holds it at {@code now}. */
  boolean heldByOtherThan(String staffId, Instant now) {
    return holderId != null && expiresAt.isAfter(now) && !holderId.equals(staffId);
  }

  boolean heldBy(String staffId, Instant now) {
    return holderId != null && holderId.equals(staffId) && expiresAt.isAfter(now);
  }

  /** Takes or renews it for {@code lease}. */
  void take(String staffId, String staffName, Instant now, Duration lease) {
    if (!heldBy(staffId, now)) {
      since = now;
    }
    holderId = staffId;
    holderName = staffName;
    expiresAt = now.plus(lease);
  }

  /** An admin takes it from whoever has it. */
  void takeOver(String staffId, String staffName, Instant now, Duration lease) {
    if (heldByOtherThan(staffId, now)) {
      registerEvent(new ReplyLockTakenOver(id, holderId, holderName));
    }
    holderId = null;
    take(staffId, staffName, now, lease);
  }

  void release() {
    holderId = null;
    holderName = null;
    since = null;
    expiresAt = null;
  }

  /** The lock as shown, {@code null} when nobody holds it at {@code now}. */
  ReplyLockState state(Instant now) {
    return holderId != null && expiresAt.isAfter(now)
        ? new ReplyLockState(holderId, holderName, since, expiresAt)
        : null;
  }

  String id() {
    return id;
  }
}
