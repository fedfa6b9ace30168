package jp.azukari.audit.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.azukari.audit.jobs.JobHeartbeats;
import jp.azukari.platform.security.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Starts verifications in the background and keeps their progress and findings. */
@Service
class Verifications implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Verifications.class);
  private static final int PROGRESS_EVERY = 500;
  static final String COLLECTION = "audit_verifications";

  private final MongoTemplate mongo;
  private final ChainVerifier verifier;
  private final CurrentActor actor;
  private final Clock clock;
  private final JobHeartbeats heartbeats;
  private final ExecutorService runs = Executors.newVirtualThreadPerTaskExecutor();

  Verifications(
      MongoTemplate mongo,
      ChainVerifier verifier,
      CurrentActor actor,
      Clock clock,
      JobHeartbeats heartbeats) {
    this.mongo = mongo;
    this.heartbeats = heartbeats;
    this.verifier = verifier;
    this.actor = actor;
    this.clock = clock;
  }

  Verification start() {
    var who = actor.get();
    var verification =
        mongo.insert(
            new Verification(
                UUID.randomUUID().toString(),
                Verification.State.RUNNING,
                0,
                verifier.chainedRecords(),
                verifier.unchainedRecords(),
                null,
                List.of(),
                who.id(),
                who.name(),
                clock.instant(),
                null,
                clock.instant(),
                null));
    heartbeats.started(COLLECTION, verification.id());
    runs.execute(() -> run(verification.id()));
    return verification;
  }

  Optional<Verification> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Verification.class));
  }

  Optional<Verification> latest() {
    return Optional.ofNullable(
        mongo.findOne(
            new Query().with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(1),
            Verification.class));
  }

  private void run(String id) {
    var byId = Query.query(Criteria.where("_id").is(id));
    try {
      var broken =
          verifier.verify(
              checked -> {
                if (checked % PROGRESS_EVERY == 0) {
                  mongo.updateFirst(byId, new Update().set("checked", checked), Verification.class);
                }
              });
      long checked = verifier.chainedRecords();
      mongo.updateFirst(
          byId,
          new Update()
              .set("state", Verification.State.DONE)
              .set("checked", checked)
              .set("total", checked)
              .set("firstBroken", broken.isEmpty() ? null : broken.getFirst())
              .set("broken", broken)
              .set("finishedAt", now()),
          Verification.class);
    } catch (RuntimeException e) {
      log.error("Verification {} failed", id, e);
      mongo.updateFirst(
          byId,
          new Update()
              .set("state", Verification.State.FAILED)
              .set("finishedAt", now())
              .set("failure", String.valueOf(e.getMessage())),
          Verification.class);
    } finally {
      heartbeats.ended(COLLECTION, id);
    }
  }

  private Instant now() {
    return clock.instant();
  }

  @Override
  public void destroy() {
    runs.shutdownNow();
  }
}
