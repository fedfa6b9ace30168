package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A member record exists: created PROVISIONAL the first time a signed-in member reached the
 * member-service (later also on sign-up confirmation and import).
 *
 * @param memberId the member's id, which is their Keycloak subject
 * @param email the address from the member's token, if it carried one
 * @param status the account status the member starts with, e.g. {@code PROVISIONAL}
 */
@EventType("member.MemberCreated")
public record MemberCreated(String memberId, String email, String status) implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
