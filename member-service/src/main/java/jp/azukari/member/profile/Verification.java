package jp.azukari.member.profile;

import java.time.Instant;

/**
 * 本人確認: where the member's identity verification stands. A {@code kyc-verifier} decides it after
 * comparing the identity documents with the profile and the payout account holder.
 *
 * @param state the current state
 * @param reason why it was rejected, in words the member reads; {@code null} otherwise
 * @param decidedAt when a verifier last decided; {@code null} before any decision
 * @param decidedBy the verifier's id; {@code null} before any decision
 * @param submittedAt when the member last submitted documents for review (the queue's order);
 *     {@code null} before any
 */
public record Verification(
    State state, String reason, Instant decidedAt, String decidedBy, Instant submittedAt) {

  /** A verification whose submission time is not known. */
  public Verification(State state, String reason, Instant decidedAt, String decidedBy) {
    this(state, reason, decidedAt, decidedBy, null);
  }

  public static final Verification NOT_SUBMITTED =
      new Verification(State.NOT_SUBMITTED, null, null, null);

  public enum State {
    /** No identity document uploaded yet. */
    NOT_SUBMITTED,
    /** Documents uploaded and waiting for a verifier. */
    PENDING,
    /** 確認済み: documents match the profile and the payout account holder. */
    VERIFIED,
    /** Documents did not prove the identity; the member sees {@link #reason()}. */
    REJECTED
  }

  public boolean verified() {
    return state == State.VERIFIED;
  }
}
