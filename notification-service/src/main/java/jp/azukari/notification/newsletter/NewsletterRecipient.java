package jp.azukari.notification.newsletter;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member a newsletter goes to, frozen when sending started, and what became of their copy.
 * PENDING until the sender claims it (SENDING, written before the mail is handed to the SMTP
 * server), then SENT or FAILED. A claim found at the start of a sender run was left by a run that
 * stopped between claiming and recording: it is not sent again (it may have gone out), but recorded
 * FAILED as "interrupted", so no member ever gets a second copy.
 */
@Document("newsletter_recipients")
@CompoundIndex(name = "newsletter_state", def = "{'newsletterId': 1, 'state': 1, '_id': 1}")
class NewsletterRecipient {

  enum State {
    PENDING,
    SENDING,
    SENT,
    FAILED
  }

  static final String INTERRUPTED = "interrupted while sending; not sent again";

  @Id private String id;
  private String newsletterId;
  private String memberId;
  private String email;
  private String name;
  // Alone too: each run looks for claims left over across all newsletters.
  @Indexed private State state;
  private String error;
  private Instant at;

  protected NewsletterRecipient() {}

  NewsletterRecipient(String newsletterId, String memberId, String email, String name) {
    this.id = id(newsletterId, memberId);
    this.newsletterId = newsletterId;
    this.memberId = memberId;
    this.email = email;
    this.name = name;
    this.state = State.PENDING;
  }

  static String id(String newsletterId, String memberId) {
    return newsletterId + ":" + memberId;
  }

  String id() {
    return id;
  }

  String newsletterId() {
    return newsletterId;
  }

  String memberId() {
    return memberId;
  }

  String email() {
    return email;
  }

  String name() {
    return name;
  }

  State state() {
    return state;
  }

  String error() {
    return error;
  }
}
