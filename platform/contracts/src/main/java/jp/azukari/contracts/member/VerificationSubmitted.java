package jp.azukari.contracts.member;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * A member's verification changed without a verifier's decision: documents uploaded (to {@code
 * PENDING}) or the last pending one deleted (back to {@code NOT_SUBMITTED}).
 *
 * @param memberId the member
 * @param changes {@code verification.state} (and {@code verification.reason} when a rejection
 *     reason is cleared) with before and after values
 */
@EventType("member.VerificationSubmitted")
public record VerificationSubmitted(String memberId, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
