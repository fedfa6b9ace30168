package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Someone asked to become a member with only an email address; a confirmation link is on its way.
 *
 * @param registrationId the registration's id
 * @param email the address the confirmation link is sent to
 * @param channel where the sign-up started: {@code WEB}, {@code PHONE} or {@code WALK_IN}
 */
@EventType("member.RegistrationStarted")
public record RegistrationStarted(String registrationId, String email, String channel)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return registrationId;
  }
}
