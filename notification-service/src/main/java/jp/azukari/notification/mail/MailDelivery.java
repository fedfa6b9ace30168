package jp.azukari.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.notification.MailDelivered;
import jp.azukari.contracts.notification.MailDeliveryFailed;
import jp.azukari.contracts.notification.MailResent;
import jp.azukari.notification.template.MailKinds;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail to send, stored before any attempt so that nothing is lost: its id is the id of the
 * event that asked for it, so a redelivered event finds it and adds no second mail. QUEUED until
 * the SMTP server took it (SENT), refused the recipient (BOUNCED) or failed for good or too often
 * (FAILED, with the reason). A FAILED or BOUNCED mail can be sent again by staff (a new attempt on
 * the same delivery). The rendered bodies of a confirmation link are dropped once sent: they hold
 * the link's secret; other bodies are kept for the delivery log.
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
    FAILED,
    BOUNCED
  }

  @Id private String id;
  private String kind;
  @Indexed private String memberId;
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
  @Indexed private Instant createdAt;
  private Instant nextAttemptAt;
  private Instant sentAt;
  private String messageId;
  private String inReplyTo;
  private List<String> references;
  private Instant resentAt;
  private int resends;

  protected MailDelivery() {}

  /** What a mail is about and for whom, as its outcome events tell. */
  record About(String memberId, String relatedType, String relatedId) {}

  static MailDelivery queue(MailOutbox.Outgoing outgoing, Instant now) {
    var delivery = new MailDelivery();
    delivery.id = outgoing.id();
    delivery.kind = outgoing.kind();
    delivery.memberId = outgoing.memberId();
    delivery.relatedType = outgoing.relatedType();
    delivery.relatedId = outgoing.relatedId();
    delivery.to = outgoing.to();
    delivery.toName = outgoing.toName();
    delivery.subject = outgoing.mail().subject();
    delivery.text = outgoing.mail().text();
    delivery.html = outgoing.mail().html();
    if (outgoing.threading() != null) {
      delivery.messageId = outgoing.threading().messageId();
      delivery.inReplyTo = outgoing.threading().inReplyTo();
      delivery.references = outgoing.threading().references();
    }
    delivery.state = State.QUEUED;
    delivery.createdAt = now;
    delivery.nextAttemptAt = now;
    return delivery;
  }

  void announce(DomainEvent event) {
    registerEvent(event);
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
    nextAttemptAt = null;
    if (MailKinds.CONFIRMATION_LINK.equals(kind)) {
      text = null;
      html = null;
    }
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

  /** The SMTP server refused the recipient: the address does not exist or takes no mail. */
  void bounced(String reason, Instant now) {
    attempts++;
    giveUp(State.BOUNCED, reason);
  }

  /** Whether staff may send it again: it failed or bounced, and its bodies are still there. */
  boolean resendable() {
    return (state == State.FAILED || state == State.BOUNCED) && to != null && subject != null;
  }

  /** A new attempt on the same delivery, as staff asked; announced as MailResent. */
  void resend(Instant now) {
    registerEvent(
        new MailResent(id, kind, memberId, relatedType, relatedId, state.name(), lastError));
    state = State.QUEUED;
    nextAttemptAt = now;
    attempts = 0;
    resentAt = now;
    resends++;
  }

  private void giveUp(String reason) {
    giveUp(State.FAILED, reason);
  }

  private void giveUp(State finalState, String reason) {
    state = finalState;
    lastError = reason;
    nextAttemptAt = null;
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

  Instant createdAt() {
    return createdAt;
  }

  Instant sentAt() {
    return sentAt;
  }

  Instant resentAt() {
    return resentAt;
  }

  int resends() {
    return resends;
  }

  String messageId() {
    return messageId;
  }

  String inReplyTo() {
    return inReplyTo;
  }

  List<String> references() {
    return references == null ? List.of() : references;
  }
}
