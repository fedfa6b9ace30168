package jp.azukari.audit.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A verification or export left RUNNING by an instance that died is failed with the reason once its
 * heartbeat is older than the timeout (two minutes by default), and can be started again; a job
 * whose instance still beats stays RUNNING however long it takes.
 */
@ServiceTest
class JobHeartbeatsTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired JobHeartbeats heartbeats;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = TestHttp.on(port);
  }

  /** A job as an instance writes it when it starts, last heard of {@code silentFor} ago. */
  String runningJob(String collection, Duration silentFor) {
    String id = UUID.randomUUID().toString();
    Date then = Date.from(Instant.now().minus(silentFor));
    var job =
        new Document("_id", id)
            .append("state", "RUNNING")
            .append("startedAt", then)
            .append("heartbeatAt", then);
    if (collection.equals("audit_verifications")) {
      job.append("checked", 10L)
          .append("total", 100L)
          .append("unchained", 0L)
          .append("broken", java.util.List.of());
    } else {
      job.append("format", "CSV")
          .append("filter", new Document())
          .append("done", 10L)
          .append("total", 100L)
          .append("fileName", "audit_20261123-120000.csv");
    }
    mongo.insert(job, collection);
    return id;
  }

  JsonNode body(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  JsonNode verification(String id) {
    return body(http.get("/api/audit/verifications/" + id, TestIssuer.admin()));
  }

  @Test
  void failsAVerificationWhoseInstanceStoppedAndLetsItBeStartedAgain() {
    String dead = runningJob("audit_verifications", Duration.ofMinutes(3));

    heartbeats.reap(Instant.now());

    var failed = verification(dead);
    assertThat(failed.get("state").asString()).isEqualTo("FAILED");
    assertThat(failed.get("failure").asString()).contains("no heartbeat");
    assertThat(failed.get("finishedAt").isNull()).isFalse();

    var again =
        http.send("POST", "/api/audit/verifications", TestIssuer.admin(), "{}", java.util.Map.of());
    assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
    String id = JSON.readTree(again.body()).get("id").asString();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "DONE".equals(verification(id).get("state").asString()));
    assertThat(verification(id).get("failure").isNull()).isTrue();
  }

  @Test
  void failsAnExportWhoseInstanceStopped() {
    String dead = runningJob("audit_exports", Duration.ofMinutes(3));

    heartbeats.reap(Instant.now());

    var failed = body(http.get("/api/audit/exports/" + dead, TestIssuer.staff()));
    assertThat(failed.get("state").asString()).isEqualTo("FAILED");
    assertThat(failed.get("failure").asString()).contains("no heartbeat");
    assertThat(http.get("/api/audit/exports/" + dead + "/file", TestIssuer.staff()).statusCode())
        .isEqualTo(409);
  }

  @Test
  void leavesAJobWhoseHeartbeatIsRecentRunning() {
    String recent = runningJob("audit_verifications", Duration.ofSeconds(30));

    heartbeats.reap(Instant.now());

    assertThat(verification(recent).get("state").asString()).isEqualTo("RUNNING");
  }

  @Test
  void keepsAJobThisInstanceRunsAliveWithItsHeartbeatHoweverLongItRuns() {
    String longRunning = runningJob("audit_verifications", Duration.ofMinutes(3));
    heartbeats.started("audit_verifications", longRunning);
    try {
      heartbeats.beat();

      heartbeats.reap(Instant.now());

      assertThat(verification(longRunning).get("state").asString()).isEqualTo("RUNNING");
      // Once this instance no longer runs it (it died), the heartbeat stops and it is failed.
      heartbeats.ended("audit_verifications", longRunning);
      heartbeats.reap(Instant.now().plus(Duration.ofMinutes(3)));
      assertThat(verification(longRunning).get("state").asString()).isEqualTo("FAILED");
    } finally {
      heartbeats.ended("audit_verifications", longRunning);
    }
  }
}
