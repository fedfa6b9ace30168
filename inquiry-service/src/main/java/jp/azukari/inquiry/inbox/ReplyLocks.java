package jp.azukari.inquiry.inbox;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import jp.azukari.contracts.Actor;
import jp.azukari.platform.security.CurrentActor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The reply lock: one staff member at a time writes the reply to an inquiry. It lasts {@link
 * InboxProperties#replyLockLease()} unless renewed, so it frees itself when its holder goes away;
 * an admin can take it over.
 */
@Service
class ReplyLocks {

  private static final int ATTEMPTS = 5;

  private final MongoTemplate mongo;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final InboxProperties properties;

  ReplyLocks(
      MongoTemplate mongo, CurrentActor currentActor, Clock clock, InboxProperties properties) {
    this.mongo = mongo;
    this.currentActor = currentActor;
    this.clock = clock;
    this.properties = properties;
  }

  /** Takes the lock, or renews it when it is mine; 409 {@code reply-locked} when it is not. */
  ReplyLockState take(String inquiryId) {
    Actor actor = currentActor.get();
    return change(
        inquiryId,
        lock -> {
          var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
          if (lock.heldByOtherThan(actor.id(), now)) {
            throw InboxProblems.locked(lock.state(now));
          }
          lock.take(actor.id(), actor.name(), now, properties.replyLockLease());
        });
  }

  /** An admin takes the lock from whoever holds it (ReplyLockTakenOver when someone did). */
  ReplyLockState takeOver(String inquiryId) {
    Actor actor = currentActor.get();
    return change(
        inquiryId,
        lock ->
            lock.takeOver(
                actor.id(),
                actor.name(),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                properties.replyLockLease()));
  }

  /** Gives my lock back; someone else's stays. */
  void release(String inquiryId) {
    Actor actor = currentActor.get();
    ReplyLock lock = mongo.findById(inquiryId, ReplyLock.class);
    if (lock != null && lock.heldBy(actor.id(), clock.instant())) {
      lock.release();
      try {
        mongo.save(lock);
      } catch (OptimisticLockingFailureException renewedMeanwhile) {
        // Renewed in another tab at the same moment; it runs out by itself.
      }
    }
  }

  /** Whether I hold the lock now. */
  boolean heldByMe(String inquiryId) {
    ReplyLock lock = mongo.findById(inquiryId, ReplyLock.class);
    return lock != null && lock.heldBy(currentActor.get().id(), clock.instant());
  }

  /** The lock as shown, {@code null} when free. */
  ReplyLockState current(String inquiryId) {
    ReplyLock lock = mongo.findById(inquiryId, ReplyLock.class);
    return lock == null ? null : lock.state(clock.instant());
  }

  /** The held locks of these inquiries, by inquiry id. */
  Map<String, ReplyLockState> current(Collection<String> inquiryIds) {
    var now = clock.instant();
    return mongo.find(Query.query(Criteria.where("_id").in(inquiryIds)), ReplyLock.class).stream()
        .filter(lock -> lock.state(now) != null)
        .collect(Collectors.toMap(ReplyLock::id, lock -> lock.state(now), (a, b) -> a));
  }

  private ReplyLockState change(String inquiryId, java.util.function.Consumer<ReplyLock> change) {
    for (int attempt = 1; ; attempt++) {
      ReplyLock lock = mongo.findById(inquiryId, ReplyLock.class);
      boolean fresh = lock == null;
      if (fresh) {
        lock = new ReplyLock(inquiryId);
      }
      change.accept(lock);
      try {
        ReplyLock saved = fresh ? mongo.insert(lock) : mongo.save(lock);
        return saved.state(clock.instant());
      } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
        // Someone else took or renewed it at the same moment: decide again on what they wrote.
        if (attempt >= ATTEMPTS) {
          throw concurrent;
        }
      }
    }
  }
}
