package jp.azukari.inquiry.inbox;

import java.time.Instant;
import java.util.List;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.inquiry.Channel;

/**
 * One message of an inquiry.
 *
 * @param id its id inside the inquiry
 * @param kind what it is
 * @param channel how it arrived (customer messages, memos) or {@code null}
 * @param authorId who wrote it (member id, staff subject), {@code null} for an unknown customer
 * @param authorName their name as known
 * @param authorType customer messages are MEMBER (also guests), staff messages STAFF
 * @param text the plain text
 * @param html sanitised HTML of a mail, {@code null} otherwise
 * @param attachments files that came with it
 * @param at when it was written or received
 * @param inReplyTo the id of the message a reply answers, {@code null} otherwise
 * @param mailMessageId the RFC 5322 Message-ID it came or went with, may be {@code null}
 * @param mailId the id of the mail requested for a reply, may be {@code null}
 */
public record Message(
    String id,
    MessageKind kind,
    Channel channel,
    String authorId,
    String authorName,
    ActorType authorType,
    String text,
    String html,
    List<Attachment> attachments,
    Instant at,
    String inReplyTo,
    String mailMessageId,
    String mailId) {

  /**
   * A file that came with a message, kept in the content store.
   *
   * @param id the attachment's id (the content store id)
   * @param fileName the sanitised file name
   * @param contentType the detected type
   * @param size bytes
   */
  public record Attachment(String id, String fileName, String contentType, long size) {}

  public List<Attachment> attachments() {
    return attachments == null ? List.of() : attachments;
  }
}
