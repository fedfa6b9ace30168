package jp.azukari.notification.inapp;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.azukari.notification.recipient.Recipient;
import jp.azukari.notification.segment.Segments;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fans broadcasts out into members' notification lists in the background, on one instance at a
 * time: a batch of members of the segment (in id order after the broadcast's cursor) per step, one
 * bulk write of their notifications (ids {@code <broadcast>:<member>}, so a step repeated after a
 * restart adds nothing twice), then the cursor moves on. 100,000 members are a hundred steps of a
 * thousand; each member's list and unread count stay a simple indexed query on one collection.
 */
@Component
class BroadcastFanOut {

  private static final Logger log = LoggerFactory.getLogger(BroadcastFanOut.class);

  /** Steps per run, so that one run holds the lock for a bounded time. */
  private static final int STEPS_PER_RUN = 20;

  private final MongoTemplate mongo;
  private final Segments segments;
  private final Notifications notifications;
  private final Clock clock;
  private final int batchSize;

  BroadcastFanOut(
      MongoTemplate mongo,
      Segments segments,
      Notifications notifications,
      Clock clock,
      @Value("${azukari.broadcast.batch-size:1000}") int batchSize) {
    this.mongo = mongo;
    this.segments = segments;
    this.notifications = notifications;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  @Scheduled(fixedDelayString = "${azukari.broadcast.fan-out-interval:1s}")
  @SchedulerLock(name = "broadcast-fan-out", lockAtMostFor = "PT10M")
  void run() {
    List<Broadcast> open =
        mongo.find(
            Query.query(Criteria.where("state").is(Broadcast.State.FANNING_OUT))
                .with(Sort.by("createdAt", "_id")),
            Broadcast.class);
    int steps = 0;
    for (Broadcast broadcast : open) {
      while (steps++ < STEPS_PER_RUN) {
        if (step(broadcast.id())) {
          break;
        }
      }
    }
  }

  /** One batch of the broadcast's fan-out; true when the broadcast reached everybody. */
  boolean step(String broadcastId) {
    Broadcast broadcast = mongo.findById(broadcastId, Broadcast.class);
    if (broadcast == null || broadcast.state() != Broadcast.State.FANNING_OUT) {
      return true;
    }
    List<Recipient> next =
        segments.after(broadcast.segment(), false, broadcast.deliveredUpTo(), batchSize);
    Map<String, String> title = Map.of("ja", broadcast.title(), "en", broadcast.title());
    notifications.addAll(
        next.stream()
            .map(
                member ->
                    new Notification(
                        broadcast.id() + ":" + member.memberId(),
                        member.memberId(),
                        "broadcast",
                        title,
                        broadcast.bodyHtml(),
                        null,
                        broadcast.id(),
                        broadcast.createdAt()))
            .toList());
    if (!next.isEmpty()) {
      mongo.updateFirst(
          Query.query(Criteria.where("_id").is(broadcast.id())),
          new Update()
              .set("deliveredUpTo", next.getLast().memberId())
              .inc("delivered", next.size())
              .inc("version", 1),
          Broadcast.class);
    }
    if (next.size() < batchSize) {
      Broadcast done = mongo.findById(broadcastId, Broadcast.class);
      done.finished(
          mongo.count(
              Query.query(Criteria.where("broadcastId").is(broadcastId)), Notification.class),
          clock.instant());
      try {
        mongo.save(done);
        log.info("Broadcast {} reached {} members", broadcastId, done.delivered());
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        return false;
      }
      return true;
    }
    return false;
  }
}
