package jp.azukari.inquiry.inbox;

import java.time.Instant;

/**
 * Who is writing a reply, until when.
 *
 * @param holderId the staff member's subject
 * @param holderName their display name
 * @param since when they took it
 * @param expiresAt when it runs out unless renewed
 */
public record ReplyLockState(String holderId, String holderName, Instant since, Instant expiresAt) {

  boolean activeAt(Instant now) {
    return expiresAt.isAfter(now);
  }
}
