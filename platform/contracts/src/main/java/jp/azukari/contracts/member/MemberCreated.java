package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A member record exists: created on sign-up confirmation, by staff for a phone or walk-in
 * application, or PROVISIONAL the first time a signed-in user without one (a demo user) reached the
 * member-service.
 *
 * @param memberId the member's id, which is their Keycloak subject
 * @param email the member's address, if known
 * @param status the account status the member starts with, e.g. {@code PROVISIONAL}
 * @param channel where the member came from: {@code WEB}, {@code PHONE}, {@code WALK_IN}, or {@code
 *     null} when first seen through a token
 * @param emailConfirmed whether the address is already proven to work
 */
@EventType("member.MemberCreated")
public record MemberCreated(
    String memberId, String email, String status, String channel, boolean emailConfirmed)
    implements DomainEvent {

  /** A member first seen through their token, address not known to be confirmed. */
  public MemberCreated(String memberId, String email, String status) {
    this(memberId, email, status, null, false);
  }

  @Override
  public String aggregateId() {
    return memberId;
  }
}
