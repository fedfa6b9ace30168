package jp.azukari.contracts.member;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * A {@code kyc-verifier} decided a member's identity verification; the envelope's actor is the
 * verifier.
 *
 * @param memberId the member
 * @param decision {@code VERIFIED} or {@code REJECTED}
 * @param reason why it was rejected, as the member reads it; {@code null} when verified
 * @param changes {@code verification.state} and {@code verification.reason} with before and after
 */
@EventType("member.VerificationDecided")
public record VerificationDecided(
    String memberId, String decision, String reason, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
