package jp.azukari.notification.mail;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail to send, stored before any attempt so that nothing is lost: its id is the id of the
 * event that asked for it, so a redelivered event finds it and adds no second mail. QUEUED until
 * the SMTP server took it (SENT) or refused it for good (FAILED, with the reason). The rendered
 * bodies are dropped once sent: they may hold a confirmation link's secret.
 */
@Document("mail_deliveries")
class MailDelivery {

  enum State {
    QUEUED,
    SENT,
    FAILED
  }

  @Id private String id;
  @Version private Long version;
  private String kind;
  private String to;
  private String toName;
  private String subject;
  private String text;
  private String html;
  @Indexed private State state;
  private int attempts;
  private String lastError;
  private Instant createdAt;
  private Instant nextAttemptAt;
  private Instant sentAt;

  protected MailDelivery() {}

  static MailDelivery queue(
      String eventId, String kind, String to, String toName, RenderedMail mail, Instant now) {
    var delivery = new MailDelivery();
    delivery.id = eventId;
    delivery.kind = kind;
    delivery.to = to;
    delivery.toName = toName;
    delivery.subject = mail.subject();
    delivery.text = mail.text();
    delivery.html = mail.html();
    delivery.state = State.QUEUED;
    delivery.createdAt = now;
    delivery.nextAttemptAt = now;
    return delivery;
  }

  void sent(Instant now) {
    attempts++;
    state = State.SENT;
    sentAt = now;
    lastError = null;
    text = null;
    html = null;
  }

  /** The SMTP server could not be reached or did not answer: try again later. */
  void retryLater(String error, Instant now, Duration initial, Duration max) {
    attempts++;
    lastError = error;
    long factor = 1L << Math.min(attempts - 1, 20);
    Duration wait = initial.multipliedBy(factor);
    nextAttemptAt = now.plus(wait.compareTo(max) > 0 ? max : wait);
  }

  /** The mail can never be sent as it is (e.g. an address that is not one). */
  void failed(String reason, Instant now) {
    attempts++;
    state = State.FAILED;
    lastError = reason;
    nextAttemptAt = null;
    text = null;
    html = null;
  }

  String id() {
    return id;
  }

  String kind() {
    return kind;
  }

  String to() {
    return to;
  }

  String toName() {
    return toName;
  }

  String subject() {
    return subject;
  }

  String text() {
    return text;
  }

  String html() {
    return html;
  }

  State state() {
    return state;
  }

  int attempts() {
    return attempts;
  }

  String lastError() {
    return lastError;
  }

  Instant nextAttemptAt() {
    return nextAttemptAt;
  }
}
