package jp.azukari.contracts.inquiry;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.Topics;

/**
 * A mail to a customer about an inquiry is to be sent by the notification-service: a staff reply,
 * the out-of-hours acknowledgement or the satisfaction survey. It carries the text and the address,
 * so it goes to {@link Topics#INQUIRY_MAILS}, outside the audit log; the audit log has {@link
 * InquiryReplied} instead.
 *
 * @param mailId unique id of this mail; the notification-service sends each id exactly once
 * @param inquiryId the inquiry; the Kafka key
 * @param kind what the mail is
 * @param memberId the linked member, may be {@code null} (a guest)
 * @param toAddress where it goes
 * @param toName the customer's name as known, may be {@code null}
 * @param language {@code ja} or {@code en}
 * @param subject the subject (for a reply usually "Re: " + the customer's subject)
 * @param text the plain-text body
 * @param messageId the RFC 5322 Message-ID to send with, e.g. {@code <uuid@azukari.example>}, so a
 *     customer's answer threads back into the inquiry
 * @param inReplyTo the Message-ID of the customer mail answered, may be {@code null}
 * @param references the thread's Message-IDs, oldest first (may be empty)
 * @param link a link to put in the mail (the survey page, the member web), may be {@code null}
 */
@EventType(value = "inquiry.InquiryMailRequested", topic = Topics.INQUIRY_MAILS)
public record InquiryMailRequested(
    String mailId,
    String inquiryId,
    Kind kind,
    String memberId,
    String toAddress,
    String toName,
    String language,
    String subject,
    String text,
    String messageId,
    String inReplyTo,
    List<String> references,
    String link)
    implements DomainEvent {

  /** What the mail is. */
  public enum Kind {
    REPLY,
    ACKNOWLEDGEMENT,
    SURVEY
  }

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
