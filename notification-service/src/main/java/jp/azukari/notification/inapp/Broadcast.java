package jp.azukari.notification.inapp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.azukari.contracts.notification.BroadcastDelivered;
import jp.azukari.contracts.notification.BroadcastPublished;
import jp.azukari.notification.segment.Segment;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff message to all members or a segment. It is fanned out in the background into one
 * notification per member (FANNING_OUT, with a cursor over member ids so that a restart resumes
 * where it stopped, and the number reached so far), then DELIVERED. The fan-out updates the cursor
 * with atomic updates that bump the version.
 */
@Document("broadcasts")
class Broadcast extends OutboxAggregate {

  enum State {
    FANNING_OUT,
    DELIVERED
  }

  @Id private String id;
  private String title;
  private String bodyHtml;
  private Segment segment;
  private boolean alsoMail;
  private String newsletterId;
  @Indexed private State state;
  private long total;
  private long delivered;
  private String deliveredUpTo;
  private Instant createdAt;
  private String createdBy;
  private Instant finishedAt;

  protected Broadcast() {}

  static Broadcast publish(
      String id,
      String title,
      String safeHtml,
      Segment segment,
      boolean alsoMail,
      String newsletterId,
      long total,
      String by,
      Instant now) {
    var broadcast = new Broadcast();
    broadcast.id = id;
    broadcast.title = title;
    broadcast.bodyHtml = safeHtml;
    broadcast.segment = segment;
    broadcast.alsoMail = alsoMail;
    broadcast.newsletterId = newsletterId;
    broadcast.state = State.FANNING_OUT;
    broadcast.total = total;
    broadcast.createdAt = now;
    broadcast.createdBy = by;
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("accountStatus", segment.accountStatus());
    described.put("prefectures", segment.prefectures());
    described.put("verification", segment.verification());
    described.put("lastActiveWithinDays", segment.lastActiveWithinDays());
    described.put("optedInOnly", segment.optedInOnly());
    broadcast.registerEvent(new BroadcastPublished(id, title, described, alsoMail, newsletterId));
    return broadcast;
  }

  void finished(long reached, Instant now) {
    state = State.DELIVERED;
    delivered = reached;
    finishedAt = now;
    registerEvent(new BroadcastDelivered(id, reached));
  }

  String id() {
    return id;
  }

  String title() {
    return title;
  }

  String bodyHtml() {
    return bodyHtml;
  }

  Segment segment() {
    return segment;
  }

  boolean alsoMail() {
    return alsoMail;
  }

  String newsletterId() {
    return newsletterId;
  }

  State state() {
    return state;
  }

  long total() {
    return total;
  }

  long delivered() {
    return delivered;
  }

  String deliveredUpTo() {
    return deliveredUpTo;
  }

  Instant createdAt() {
    return createdAt;
  }

  String createdBy() {
    return createdBy;
  }

  Instant finishedAt() {
    return finishedAt;
  }
}
