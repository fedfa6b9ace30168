package jp.azukari.audit.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Background jobs (documents with {@code state}, {@code startedAt}, {@code heartbeatAt}, {@code
 * finishedAt} and {@code failure}) run on one instance, in memory. That instance stamps {@code
 * heartbeatAt} on its running jobs every {@link JobProperties#heartbeat()}; once across instances,
 * a job still RUNNING whose heartbeat is older than {@link JobProperties#timeout()} (its instance
 * died or was stopped mid-run) becomes FAILED with the reason, so it no longer looks as if it ran
 * and can simply be started again.
 */
@Component
@EnableConfigurationProperties(JobProperties.class)
public class JobHeartbeats {

  /** The collections of the jobs watched: verifications and exports. */
  public static final Set<String> JOB_COLLECTIONS = Set.of("audit_verifications", "audit_exports");

  static final String RUNNING = "RUNNING";
  static final String FAILED = "FAILED";

  private static final Logger log = LoggerFactory.getLogger(JobHeartbeats.class);

  private final MongoTemplate mongo;
  private final JobProperties properties;
  private final Clock clock;
  private final Map<String, Set<String>> running = new ConcurrentHashMap<>();

  JobHeartbeats(MongoTemplate mongo, JobProperties properties, Clock clock) {
    this.mongo = mongo;
    this.properties = properties;
    this.clock = clock;
  }

  /** This instance runs job {@code id} of {@code collection} from now on. */
  public void started(String collection, String id) {
    running.computeIfAbsent(collection, c -> ConcurrentHashMap.newKeySet()).add(id);
  }

  /** This instance no longer runs job {@code id} (done, failed or stopped). */
  public void ended(String collection, String id) {
    var ids = running.get(collection);
    if (ids != null) {
      ids.remove(id);
    }
  }

  @Scheduled(
      fixedDelayString = "${azukari.audit.jobs.heartbeat:PT10S}",
      initialDelayString = "${azukari.audit.jobs.heartbeat:PT10S}")
  public void beat() {
    Instant now = clock.instant();
    running.forEach(
        (collection, ids) -> {
          if (!ids.isEmpty()) {
            mongo.updateMulti(
                Query.query(Criteria.where("_id").in(ids).and("state").is(RUNNING)),
                new Update().set("heartbeatAt", now),
                collection);
          }
        });
  }

  @Scheduled(
      fixedDelayString = "${azukari.audit.jobs.heartbeat:PT10S}",
      initialDelayString = "PT1M")
  @SchedulerLock(name = "audit-job-heartbeats", lockAtMostFor = "PT5M")
  void sweep() {
    reap(clock.instant());
  }

  /** Fails the jobs found silent at {@code now}; answers how many. */
  public long reap(Instant now) {
    Instant silentSince = now.minus(properties.timeout());
    long failed = 0;
    for (String collection : JOB_COLLECTIONS) {
      var silent =
          Query.query(
              Criteria.where("state")
                  .is(RUNNING)
                  .orOperator(
                      Criteria.where("heartbeatAt").lt(silentSince),
                      // Started before jobs had heartbeats.
                      Criteria.where("heartbeatAt")
                          .exists(false)
                          .and("startedAt")
                          .lt(silentSince)));
      failed +=
          mongo
              .updateMulti(
                  silent,
                  new Update()
                      .set("state", FAILED)
                      .set("finishedAt", now)
                      .set(
                          "failure",
                          "The instance running it stopped: no heartbeat for "
                              + properties.timeout()
                              + ". Start it again."),
                  collection)
              .getModifiedCount();
    }
    if (failed > 0) {
      log.warn("{} background job(s) whose instance stopped marked FAILED", failed);
    }
    return failed;
  }
}
