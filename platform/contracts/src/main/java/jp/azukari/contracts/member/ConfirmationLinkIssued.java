package jp.azukari.contracts.member;

import java.time.Instant;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.Topics;

/**
 * A mail with a confirmation link (or, for an address that is already registered, a notice) is to
 * be sent. The link holds a secret token, so this message goes to {@link Topics#MEMBER_LINKS} and
 * never to {@code member.events}: the audit log records {@link ConfirmationMailRequested} instead.
 *
 * @param registrationId the registration of the address; the Kafka key
 * @param email where the mail goes
 * @param purpose why the mail is sent, which decides its text
 * @param link the URL to open: with the token for a confirmation, the login page for {@code
 *     ALREADY_REGISTERED}
 * @param expiresAt when the link stops working; {@code null} for {@code ALREADY_REGISTERED}
 * @param language {@code ja} or {@code en}
 * @param memberId the member the link belongs to, if one exists already
 * @param name the name to greet, family name first, if staff typed one
 */
@EventType(value = "member.ConfirmationLinkIssued", topic = Topics.MEMBER_LINKS)
public record ConfirmationLinkIssued(
    String registrationId,
    String email,
    Purpose purpose,
    String link,
    Instant expiresAt,
    String language,
    String memberId,
    String name)
    implements DomainEvent {

  /** Why a mail is sent to the address. */
  public enum Purpose {
    /** Someone signed up on the web: confirm the address and choose a password. */
    SIGN_UP,
    /** Staff applied for the customer by phone or at the counter: confirm and choose a password. */
    STAFF_APPLICATION,
    /** An imported customer is invited to set a password. */
    IMPORT_INVITATION,
    /** Someone signed up with an address that is already a member's: log in or reset password. */
    ALREADY_REGISTERED
  }

  @Override
  public String aggregateId() {
    return registrationId;
  }
}
