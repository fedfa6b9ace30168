package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * The confirmation link of a registration was used: the address works and its owner chose a
 * password. The link cannot be used again.
 *
 * @param registrationId the registration
 * @param email the confirmed address
 * @param memberId the member (and Keycloak user) the address belongs to
 * @param purpose what the link was for, e.g. {@code SIGN_UP} or {@code STAFF_APPLICATION}
 */
@EventType("member.RegistrationConfirmed")
public record RegistrationConfirmed(
    String registrationId, String email, String memberId, String purpose) implements DomainEvent {

  @Override
  public String aggregateId() {
    return registrationId;
  }
}
