package jp.azukari.notification.mail;

import java.time.Duration;
import java.time.Instant;
import jp.azukari.contracts.notification.MailDelivered;
import jp.azukari.contracts.notification.MailDeliveryFailed;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail to send, stored before any attempt so that nothing is lost: its id is the id of the
 * event that asked for it, so a redelivered event finds it and adds no second mail. QUEUED until
 * the SMTP server took it (SENT) or refused it for good or too often (FAILED, with the reason). The
 * rendered bodies are dropped once sent: they may hold a confirmation link's secret.
 *
 * <p>The outcome is announced ({@code notification.MailDelivered} or {@code
 * notification.MailDeliveryFailed}, with the member and what the mail was about), so that the
 * service whose automatic step asked for the mail can show a failure and offer to send it again.
 */
@Document("mail_deliveries")
class MailDelivery extends OutboxAggregate {

  enum State {
    QUEUED,
    SENT,
    FAILED
  }

  @Id private String id;
  private String kind;
  private String memberId;
  private String relatedType;
  private String relatedId;
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

  /** What a mail is about and for whom, as its outcome events tell. */
  record About(String memberId, String relatedType, String relatedId) {}

  static MailDelivery queue(
      String eventId,
      String kind,
      About about,
      String to,
      String toName,
      RenderedMail mail,
      Instant now) {
    var delivery = new MailDelivery();
    delivery.id = eventId;
    delivery.kind = kind;
    delivery.memberId = about.memberId();
    delivery.relatedType = about.relatedType();
    delivery.relatedId = about.relatedId();
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

  /**
   * A mail that cannot even be tried: nobody knows where to send it. Recorded FAILED all the same,
   * so that staff see it.
   */
  static MailDelivery undeliverable(
      String eventId, String kind, About about, String reason, Instant now) {
    var delivery = new MailDelivery();
    delivery.id = eventId;
    delivery.kind = kind;
    delivery.memberId = about.memberId();
    delivery.relatedType = about.relatedType();
    delivery.relatedId = about.relatedId();
    delivery.createdAt = now;
    delivery.giveUp(reason);
    return delivery;
  }

  void sent(Instant now) {
    attempts++;
    state = State.SENT;
    sentAt = now;
    lastError = null;
    text = null;
    html = null;
    registerEvent(new MailDelivered(id, kind, memberId, relatedType, relatedId));
  }

  /**
   * The SMTP server could not be reached or did not answer: try again later, after a pause that
   * doubles with every attempt, or give up once {@code maxAttempts} were made.
   */
  void retryLater(String error, Instant now, Duration initial, Duration max, int maxAttempts) {
    attempts++;
    if (attempts >= maxAttempts) {
      giveUp("Gave up after " + attempts + " attempts: " + error);
      return;
    }
    lastError = error;
    long factor = 1L << Math.min(attempts - 1, 20);
    Duration wait = initial.multipliedBy(factor);
    nextAttemptAt = now.plus(wait.compareTo(max) > 0 ? max : wait);
  }

  /** The mail can never be sent as it is (e.g. an address that is not one). */
  void failed(String reason, Instant now) {
    attempts++;
    giveUp(reason);
  }

  private void giveUp(String reason) {
    state = State.FAILED;
    lastError = reason;
    nextAttemptAt = null;
    text = null;
    html = null;
    registerEvent(new MailDeliveryFailed(id, kind, memberId, relatedType, relatedId, reason));
  }

  String id() {
    return id;
  }

  String kind() {
    return kind;
  }

  String memberId() {
    return memberId;
  }

  String relatedType() {
    return relatedType;
  }

  String relatedId() {
    return relatedId;
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
