package jp.azukari.notification.newsletter;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.azukari.contracts.notification.NewsletterCreated;
import jp.azukari.contracts.notification.NewsletterStateChanged;
import jp.azukari.notification.segment.Segment;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A newsletter and how far its sending got. DRAFT (sent by hand) or SCHEDULED (sent at its time);
 * SENDING once started, when its recipients are resolved once into a list of their own (the segment
 * is frozen then: members joining later do not receive it); PAUSED and resumed at will; SENT when
 * every recipient was tried, CANCELLED when staff stopped it for good. The counters are advanced by
 * the sender with atomic increments, not by saving the aggregate, so that staff pausing it never
 * conflicts with a mail going out.
 */
@Document("newsletters")
class Newsletter extends OutboxAggregate {

  enum State {
    DRAFT,
    SCHEDULED,
    SENDING,
    PAUSED,
    SENT,
    CANCELLED
  }

  static final String SENT_COUNT = "sent";
  static final String FAILED_COUNT = "failed";

  @Id private String id;
  private String subject;
  private String html;
  private String text;
  private Segment segment;
  private String broadcastId;
  @Indexed private State state;
  private Instant scheduledAt;
  private boolean recipientsResolved;
  private String resolvedUpTo;
  private long total;
  private long sent;
  private long failed;
  private Instant createdAt;
  private String createdBy;
  private Instant startedAt;
  private Instant finishedAt;

  protected Newsletter() {}

  static Newsletter compose(
      String id,
      String subject,
      String html,
      String text,
      Segment segment,
      Instant scheduledAt,
      String broadcastId,
      String createdBy,
      Instant now) {
    var newsletter = new Newsletter();
    newsletter.id = id;
    newsletter.subject = subject;
    newsletter.html = html;
    newsletter.text = text;
    // Newsletters go to opted-in members only, whatever the segment says.
    newsletter.segment = (segment == null ? Segment.everyone() : segment).optedIn();
    newsletter.broadcastId = broadcastId;
    newsletter.scheduledAt = scheduledAt;
    newsletter.state = scheduledAt == null ? State.DRAFT : State.SCHEDULED;
    newsletter.createdAt = now;
    newsletter.createdBy = createdBy;
    newsletter.registerEvent(
        new NewsletterCreated(id, subject, describe(newsletter.segment), scheduledAt));
    return newsletter;
  }

  static Map<String, Object> describe(Segment segment) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("accountStatus", segment.accountStatus());
    map.put("prefectures", segment.prefectures());
    map.put("verification", segment.verification());
    map.put("lastActiveWithinDays", segment.lastActiveWithinDays());
    map.put("optedInOnly", segment.optedInOnly());
    return map;
  }

  /** Thrown when an action does not fit the newsletter's state. */
  static final class StateConflict extends RuntimeException {
    StateConflict(String message) {
      super(message);
    }
  }

  void start(Instant now) {
    require(State.DRAFT, State.SCHEDULED);
    startedAt = now;
    move(State.SENDING);
  }

  void pause() {
    require(State.SENDING);
    move(State.PAUSED);
  }

  void resume() {
    require(State.PAUSED);
    move(State.SENDING);
  }

  void cancel(Instant now) {
    require(State.DRAFT, State.SCHEDULED, State.SENDING, State.PAUSED);
    finishedAt = now;
    move(State.CANCELLED);
  }

  /** Every recipient was tried. */
  void finish(Instant now) {
    require(State.SENDING);
    finishedAt = now;
    move(State.SENT);
  }

  /** Part of the recipients resolved; {@code done} once the frozen list is complete. */
  void resolved(String upTo, boolean done, long totalSoFar) {
    resolvedUpTo = upTo;
    recipientsResolved = done;
    total = totalSoFar;
  }

  private void require(State... allowed) {
    for (State candidate : allowed) {
      if (state == candidate) {
        return;
      }
    }
    throw new StateConflict("The newsletter is " + state + ".");
  }

  private void move(State to) {
    State from = state;
    state = to;
    registerEvent(new NewsletterStateChanged(id, from.name(), to.name(), total, sent, failed));
  }

  String id() {
    return id;
  }

  String subject() {
    return subject;
  }

  String html() {
    return html;
  }

  String text() {
    return text;
  }

  Segment segment() {
    return segment;
  }

  String broadcastId() {
    return broadcastId;
  }

  State state() {
    return state;
  }

  Instant scheduledAt() {
    return scheduledAt;
  }

  boolean recipientsResolved() {
    return recipientsResolved;
  }

  String resolvedUpTo() {
    return resolvedUpTo;
  }

  long total() {
    return total;
  }

  long sent() {
    return sent;
  }

  long failed() {
    return failed;
  }

  Instant createdAt() {
    return createdAt;
  }

  String createdBy() {
    return createdBy;
  }

  Instant startedAt() {
    return startedAt;
  }

  Instant finishedAt() {
    return finishedAt;
  }
}
