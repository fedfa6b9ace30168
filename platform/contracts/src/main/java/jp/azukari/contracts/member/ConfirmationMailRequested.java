package jp.azukari.contracts.member;

import java.time.Instant;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A confirmation mail (or an already-registered notice) was requested for an address: the audited
 * twin of {@link ConfirmationLinkIssued}, without the link and its token.
 *
 * @param registrationId the registration of the address
 * @param email where the mail goes
 * @param purpose {@code SIGN_UP}, {@code STAFF_APPLICATION}, {@code IMPORT_INVITATION} or {@code
 *     ALREADY_REGISTERED}
 * @param memberId the member the address belongs to, if one exists
 * @param expiresAt when the link expires; {@code null} for {@code ALREADY_REGISTERED}
 */
@EventType("member.ConfirmationMailRequested")
public record ConfirmationMailRequested(
    String registrationId, String email, String purpose, String memberId, Instant expiresAt)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return registrationId;
  }
}
