package jp.azukari.contracts.member;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * A member's payout account changed. Only changed fields are listed ({@code bankName}, {@code
 * branchName}, {@code accountType}, {@code accountNumber}, {@code holderKana}); the account number
 * is masked to its last three digits on both sides, e.g. {@code ****567}.
 */
@EventType("member.PayoutAccountChanged")
public record PayoutAccountChanged(String memberId, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
