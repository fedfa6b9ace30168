package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A member was created from a staff import of existing customers. The member has no login yet: an
 * invitation mail lets them set a password for this address.
 *
 * @param memberId the new member's id
 * @param email the address the invitation goes to
 * @param importId the import that created the member
 */
@EventType("member.MemberImported")
public record MemberImported(String memberId, String email, String importId)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
