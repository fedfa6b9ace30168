package jp.azukari.inquiry.inbox;

import java.time.Instant;
import java.util.List;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.inquiry.Channel;
import org.springframework.data.annotation.PersistenceCreator;

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
 * @param refusedAttachments files of a customer mail that the intake refused (type or size) and did
 *     not keep, listed so staff know they were sent
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
    String mailId,
    List<RefusedAttachment> refusedAttachments) {

  @PersistenceCreator
  public Message {}

  /** A message without refused attachments. */
  public Message(
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
    this(
        id,
        kind,
        channel,
        authorId,
        authorName,
        authorType,
        text,
        html,
        attachments,
        at,
        inReplyTo,
        mailMessageId,
        mailId,
        List.of());
  }

  /**
   * A file that came with a message, kept in the content store.
   *
   * @param id the attachment's id (the content store id)
   * @param fileName the sanitised file name
   * @param contentType the detected type
   * @param size bytes
   */
  public record Attachment(String id, String fileName, String contentType, long size) {}

  /**
   * A file of a customer mail that was not kept.
   *
   * @param fileName the sanitised file name
   * @param reason {@code too-large} or {@code type-not-allowed}
   */
  public record RefusedAttachment(String fileName, String reason) {}

  public List<Attachment> attachments() {
    return attachments == null ? List.of() : attachments;
  }

  public List<RefusedAttachment> refusedAttachments() {
    return refusedAttachments == null ? List.of() : refusedAttachments;
  }

  /** This message with the files the mail intake refused. */
  Message withRefusedAttachments(List<RefusedAttachment> refused) {
    return new Message(
        id,
        kind,
        channel,
        authorId,
        authorName,
        authorType,
        text,
        html,
        attachments,
        at,
        inReplyTo,
        mailMessageId,
        mailId,
        refused == null ? List.of() : List.copyOf(refused));
  }
}
