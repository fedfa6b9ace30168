package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff opened a member's record (the detail, not a list); the envelope's actor says who. Lets the
 * audit log answer "who looked at this member's personal data, and when".
 *
 * @param memberId the member whose record was opened (also the event's subject)
 */
@EventType("member.MemberRecordViewed")
public record MemberRecordViewed(String memberId) implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
