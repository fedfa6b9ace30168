package jp.azukari.inquiry.mail;

import java.time.Instant;
import java.util.List;

/**
 * A customer mail fetched from the shop's mailbox, already decoded (encoded words, ISO-2022-JP and
 * other charsets) and made safe: {@code html} is sanitised, attachments passed the type and size
 * checks and are stored.
 *
 * @param messageId the mail's Message-ID header (with angle brackets); a mail without one gets a
 *     generated id, so redelivery of the same IMAP message is still recognised by its UID-based id
 * @param inReplyTo the In-Reply-To header's Message-ID, may be {@code null}
 * @param references the References header's Message-IDs, oldest first, may be empty
 * @param fromAddress the sender's address (lower case)
 * @param fromName the sender's display name, may be {@code null}
 * @param subject the decoded subject, may be empty
 * @param text the plain-text body (derived from the HTML part when there is no text part)
 * @param html the sanitised HTML body, {@code null} when the mail had none
 * @param attachments the kept attachments
 * @param receivedAt when the shop's server received it
 * @param refused the attachments that failed the type or size check; their content is never stored,
 *     the inbox lists their names on the message so staff know they were sent
 */
public record InboundMail(
    String messageId,
    String inReplyTo,
    List<String> references,
    String fromAddress,
    String fromName,
    String subject,
    String text,
    String html,
    List<Attachment> attachments,
    Instant receivedAt,
    List<RefusedAttachment> refused) {

  public InboundMail {
    references = references == null ? List.of() : List.copyOf(references);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    refused = refused == null ? List.of() : List.copyOf(refused);
  }

  /** A mail none of whose attachments was refused. */
  public InboundMail(
      String messageId,
      String inReplyTo,
      List<String> references,
      String fromAddress,
      String fromName,
      String subject,
      String text,
      String html,
      List<Attachment> attachments,
      Instant receivedAt) {
    this(
        messageId,
        inReplyTo,
        references,
        fromAddress,
        fromName,
        subject,
        text,
        html,
        attachments,
        receivedAt,
        List.of());
  }

  /**
   * An attachment kept in the content store.
   *
   * @param contentId the content store id to read it back
   * @param fileName the decoded, sanitised file name
   * @param contentType the detected type
   * @param size bytes
   */
  public record Attachment(String contentId, String fileName, String contentType, long size) {}

  /**
   * An attachment that was not kept.
   *
   * @param fileName the decoded, sanitised file name
   * @param declaredType the content type the mail declared (not trusted)
   * @param reason {@code too-large} or {@code type-not-allowed}
   */
  public record RefusedAttachment(String fileName, String declaredType, String reason) {}
}
