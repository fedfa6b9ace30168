package jp.azukari.notification.mail;

import java.time.Clock;
import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.notification.template.RenderedMail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Where every mail is recorded before it is sent: one delivery per id (the id of the event that
 * asked for it, or a mail id), so that a redelivered event adds no second mail. {@link
 * ScheduledMailSender} sends them.
 */
@Component
public class MailOutbox {

  private final MongoTemplate mongo;
  private final Clock clock;

  MailOutbox(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * A mail to send.
   *
   * @param id the delivery's id: the source event's id or the mail id
   * @param kind the message kind
   * @param memberId the member it is for, may be {@code null}
   * @param relatedType what it is about, may be {@code null}
   * @param relatedId the id of what it is about, may be {@code null}
   * @param to the address
   * @param toName the display name, may be {@code null}
   * @param mail the rendered mail
   * @param threading Message-ID and thread headers, may be {@code null}
   */
  public record Outgoing(
      String id,
      String kind,
      String memberId,
      String relatedType,
      String relatedId,
      String to,
      String toName,
      RenderedMail mail,
      Threading threading) {}

  /**
   * The headers that thread a mail into a conversation.
   *
   * @param messageId the Message-ID to send with, e.g. {@code <uuid@azukari.example>}
   * @param inReplyTo the Message-ID answered, may be {@code null}
   * @param references the thread's Message-IDs, oldest first
   */
  public record Threading(String messageId, String inReplyTo, List<String> references) {}

  /**
   * Records the mail to be sent; {@code false} when a delivery with its id exists already (a
   * redelivered event).
   */
  public boolean queue(Outgoing outgoing, DomainEvent... alsoAnnounce) {
    var delivery = MailDelivery.queue(outgoing, clock.instant());
    for (DomainEvent event : alsoAnnounce) {
      delivery.announce(event);
    }
    return insert(delivery);
  }

  /**
   * Records a mail that cannot even be tried (nobody knows where to send it) as FAILED, so that
   * staff see it; {@code false} when it was recorded already.
   */
  public boolean undeliverable(
      String id,
      String kind,
      String memberId,
      String relatedType,
      String relatedId,
      String reason) {
    return insert(
        MailDelivery.undeliverable(
            id,
            kind,
            new MailDelivery.About(memberId, relatedType, relatedId),
            reason,
            clock.instant()));
  }

  private boolean insert(MailDelivery delivery) {
    try {
      mongo.insert(delivery);
      return true;
    } catch (DuplicateKeyException alreadyQueued) {
      return false;
    }
  }
}
