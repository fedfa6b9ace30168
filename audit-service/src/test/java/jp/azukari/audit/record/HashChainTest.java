package jp.azukari.audit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestIssuer;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records are chained by hash per stream (topic partition), exactly one per event whatever is
 * redelivered or written at once; an admin's verification reports the first broken link of a
 * database changed behind the service's back.
 */
@ServiceTest
class HashChainTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired MongoTemplate mongo;
  @Autowired ChainedAppender appender;

  AuditApi api;
  RawEvents publisher;

  @BeforeEach
  void setUp() {
    api = AuditApi.on(port);
    publisher = new RawEvents(String.join(",", kafka.getBootstrapServers()));
  }

  @AfterEach
  void tearDown() {
    publisher.close();
  }

  String newTopic() throws Exception {
    String topic = "chain-" + UUID.randomUUID().toString().substring(0, 8) + ".events";
    try (var admin =
        AdminClient.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers())))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    return topic;
  }

  List<AuditRecord> streamOf(String topic) {
    return mongo.find(
        Query.query(Criteria.where("chain.stream").is(ChainedAppender.stream(topic, 0)))
            .with(Sort.by("chain.sequence")),
        AuditRecord.class);
  }

  /** Publishes events on a new topic of one partition and waits until all are recorded. */
  List<AuditRecord> recordedStream(int count) throws Exception {
    String topic = newTopic();
    for (int i = 0; i < count; i++) {
      publisher.send(
          topic, RawEvents.memberEvent("member-" + UUID.randomUUID(), "member.X", Instant.now()));
    }
    await().atMost(WAIT).until(() -> streamOf(topic).size() == count);
    return streamOf(topic);
  }

  @Test
  void linksEachRecordToThePreviousOneOfItsStreamAndKeepsOneRecordPerRedeliveredEvent()
      throws Exception {
    String topic = newTopic();
    String subject = "member-" + UUID.randomUUID();
    var first = RawEvents.memberEvent(subject, "member.ProfileChanged", Instant.now());
    var second = RawEvents.memberEvent(subject, "member.ProfileChanged", Instant.now());
    var third = RawEvents.memberEvent(subject, "member.IdentityVerified", Instant.now());

    publisher.send(topic, first);
    publisher.send(topic, second);
    publisher.send(topic, first);
    publisher.send(topic, second);
    publisher.send(topic, third);

    await().atMost(WAIT).until(() -> streamOf(topic).size() >= 3);
    var chain = streamOf(topic);
    assertThat(chain)
        .extracting(AuditRecord::eventId)
        .containsExactly(first.id(), second.id(), third.id());
    assertThat(chain).extracting(r -> r.chain().sequence()).containsExactly(1L, 2L, 3L);
    assertThat(chain.get(0).chain().previousHash()).isNull();
    assertThat(chain.get(1).chain().previousHash()).isEqualTo(chain.get(0).chain().hash());
    assertThat(chain.get(2).chain().previousHash()).isEqualTo(chain.get(1).chain().hash());
    assertThat(chain)
        .allSatisfy(
            record -> {
              assertThat(record.chain().hash()).hasSize(64).isEqualTo(RecordHash.of(record));
              assertThat(record.chain().stream()).isEqualTo(topic + "-0");
            });
  }

  @Test
  void writersRacingOnOneStreamNeverForkItNorRecordAnEventTwice() throws Exception {
    String stream = "race-" + UUID.randomUUID().toString().substring(0, 8) + ".events";
    var shared = new ArrayList<EventEnvelope>();
    for (int i = 0; i < 10; i++) {
      shared.add(RawEvents.memberEvent("member-" + i, "member.X", Instant.now()));
    }
    var tasks = new ArrayList<Callable<Void>>();
    for (int writer = 0; writer < 4; writer++) {
      tasks.add(
          () -> {
            // Every writer writes the shared events (redelivery and overlap at once) and events of
            // its own, which race for the same next sequence.
            for (var event : shared) {
              appender.append(event, stream, 0, 0);
              appender.append(
                  RawEvents.memberEvent("member-own", "member.X", Instant.now()), stream, 0, 0);
            }
            return null;
          });
    }
    try (var pool = Executors.newFixedThreadPool(4)) {
      for (var future : pool.invokeAll(tasks)) {
        future.get();
      }
    }

    var chain = streamOf(stream);
    assertThat(chain).hasSize(10 + 4 * 10);
    assertThat(chain).extracting(AuditRecord::eventId).doesNotHaveDuplicates();
    for (int i = 0; i < chain.size(); i++) {
      assertThat(chain.get(i).chain().sequence()).isEqualTo(i + 1L);
      assertThat(chain.get(i).chain().previousHash())
          .isEqualTo(i == 0 ? null : chain.get(i - 1).chain().hash());
    }
  }

  @Test
  void keepsTheHashOfDataOfEveryShapeAsReadBack() {
    String stream = "shapes-" + UUID.randomUUID().toString().substring(0, 8) + ".events";
    var data = new java.util.LinkedHashMap<String, Object>();
    data.put("int", 1);
    data.put("long", 12_345_678_901L);
    data.put("double", 1.5);
    data.put("decimal", new java.math.BigDecimal("1234.50"));
    data.put("big", new java.math.BigInteger("123456789012345678901234567890"));
    data.put("flag", true);
    data.put("nothing", null);
    data.put("list", List.of("a", 2, Map.of("z", 1, "a", 2)));
    data.put("changes", List.of(Map.of("field", "address", "before", "東京", "after", "大阪")));
    var event =
        new EventEnvelope(
            "1.0",
            UUID.randomUUID().toString(),
            "/member-service",
            "member.ProfileChanged",
            Instant.now(),
            "member-1",
            "application/json",
            "m-1",
            jp.azukari.contracts.ActorType.MEMBER,
            "山田 花子",
            "c-1",
            data);

    appender.append(event, stream, 0, 7);

    var stored = streamOf(stream).getFirst();
    assertThat(RecordHash.of(stored)).isEqualTo(stored.chain().hash());
  }

  // --- verification ---

  JsonNode verify() {
    var started = api.send("POST", "/api/audit/verifications", TestIssuer.admin(), "{}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = JSON.readTree(started.body()).get("id").asString();
    await()
        .atMost(WAIT)
        .until(
            () ->
                "DONE"
                    .equals(
                        body(api.get("/api/audit/verifications/" + id, TestIssuer.admin()))
                            .get("state")
                            .asString()));
    return body(api.get("/api/audit/verifications/" + id, TestIssuer.admin()));
  }

  static JsonNode body(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static JsonNode brokenLinkOf(JsonNode verification, String topic) {
    for (JsonNode link : verification.get("broken")) {
      if (link.get("stream").asString().equals(topic + "-0")) {
        return link;
      }
    }
    return null;
  }

  static String topicOf(List<AuditRecord> chain) {
    return chain.getFirst().topic();
  }

  Query byId(AuditRecord record) {
    return Query.query(Criteria.where("_id").is(record.eventId()));
  }

  @Test
  void aVerificationOfAnUntouchedStreamFindsNoBrokenLink() throws Exception {
    var chain = recordedStream(3);

    JsonNode verification = verify();

    assertThat(brokenLinkOf(verification, topicOf(chain))).isNull();
    assertThat(verification.get("checked").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(verification.get("finishedAt").isNull()).isFalse();
  }

  @Test
  void reportsARecordWhoseContentWasChangedInTheDatabase() throws Exception {
    var chain = recordedStream(4);
    mongo.updateFirst(
        byId(chain.get(1)), new Update().set("actorName", "誰か別の人"), AuditRecord.class);

    JsonNode link = brokenLinkOf(verify(), topicOf(chain));

    assertThat(link).isNotNull();
    assertThat(link.get("sequence").asLong()).isEqualTo(2);
    assertThat(link.get("eventId").asString()).isEqualTo(chain.get(1).eventId());
    assertThat(link.get("reason").asString()).isEqualTo("content-changed");
  }

  @Test
  void reportsARecordDeletedFromTheDatabase() throws Exception {
    var chain = recordedStream(4);
    mongo.remove(byId(chain.get(2)), AuditRecord.class);

    JsonNode link = brokenLinkOf(verify(), topicOf(chain));

    assertThat(link.get("sequence").asLong()).isEqualTo(3);
    assertThat(link.get("reason").asString()).isEqualTo("record-missing");
  }

  @Test
  void reportsTheFirstRecordsOfAStreamDeletedFromTheDatabase() throws Exception {
    var chain = recordedStream(3);
    mongo.remove(byId(chain.get(0)), AuditRecord.class);

    JsonNode link = brokenLinkOf(verify(), topicOf(chain));

    assertThat(link.get("sequence").asLong()).isEqualTo(1);
    assertThat(link.get("reason").asString()).isEqualTo("record-missing");
  }

  @Test
  void reportsARecordRewrittenWithAFreshHashAsABrokenLinkToTheNextOne() throws Exception {
    var chain = recordedStream(4);
    // Someone who knows the algorithm changes a record and recomputes its hash.
    var forged =
        chain.get(1).withChain(chain.get(1).chain()).withSearchText(chain.get(1).searchText());
    forged =
        new AuditRecord(
            forged.eventId(),
            forged.type(),
            forged.source(),
            forged.subject(),
            forged.time(),
            "someone-else",
            forged.actorType(),
            forged.actorName(),
            forged.correlationId(),
            forged.data(),
            forged.topic(),
            forged.partition(),
            forged.offset(),
            forged.recordedAt(),
            forged.service(),
            forged.action(),
            forged.entityType(),
            forged.searchText(),
            forged.chain(),
            forged.clientAddress(),
            forged.seal(),
            forged.erasure());
    String freshHash = RecordHash.of(forged);
    mongo.updateFirst(
        byId(forged),
        new Update().set("actorId", "someone-else").set("chain.hash", freshHash),
        AuditRecord.class);

    JsonNode link = brokenLinkOf(verify(), topicOf(chain));

    assertThat(link.get("sequence").asLong()).isEqualTo(3);
    assertThat(link.get("reason").asString()).isEqualTo("link-broken");
  }

  @Test
  void reportsRecordsSwappedInTheirStream() throws Exception {
    var chain = recordedStream(4);
    // Swap the places (sequence, links) of the second and third records.
    var second = chain.get(1).chain();
    var third = chain.get(2).chain();
    mongo.updateFirst(
        byId(chain.get(1)), new Update().set("chain.sequence", -1), AuditRecord.class);
    mongo.updateFirst(
        byId(chain.get(2)),
        new Update()
            .set("chain.sequence", second.sequence())
            .set("chain.hash", second.hash())
            .set("chain.previousHash", second.previousHash()),
        AuditRecord.class);
    mongo.updateFirst(
        byId(chain.get(1)),
        new Update()
            .set("chain.sequence", third.sequence())
            .set("chain.hash", third.hash())
            .set("chain.previousHash", third.previousHash()),
        AuditRecord.class);

    JsonNode link = brokenLinkOf(verify(), topicOf(chain));

    assertThat(link.get("sequence").asLong()).isEqualTo(2);
    assertThat(link.get("eventId").asString()).isEqualTo(chain.get(2).eventId());
    assertThat(link.get("reason").asString()).isEqualTo("content-changed");
  }

  @Test
  void recordsFromBeforeTheChainAreCountedNotVerified() throws Exception {
    mongo
        .getCollection("audit_records")
        .insertOne(
            new Document("_id", UUID.randomUUID().toString())
                .append("type", "member.ProfileChanged")
                .append("subject", "member-legacy")
                .append("time", new java.util.Date())
                .append("topic", "member.events")
                .append("partition", 0)
                .append("offset", 1L));
    var chain = recordedStream(2);

    JsonNode verification = verify();

    assertThat(verification.get("unchained").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(brokenLinkOf(verification, topicOf(chain))).isNull();
  }

  @Test
  void onlyAnAdminVerifies() {
    var response = api.send("POST", "/api/audit/verifications", TestIssuer.staff(), "{}");

    assertThat(response.statusCode()).isEqualTo(403);
  }

  // --- stream heads: what the chain alone cannot show ---

  StreamHead headOf(List<AuditRecord> chain) {
    return mongo.findById(chain.getFirst().chain().stream(), StreamHead.class);
  }

  @Test
  void keepsEachStreamsHeadAtItsNewestRecord() throws Exception {
    var chain = recordedStream(3);

    var head = headOf(chain);

    assertThat(head.sequence()).isEqualTo(3);
    assertThat(head.hash()).isEqualTo(chain.getLast().chain().hash());
    assertThat(head.eventId()).isEqualTo(chain.getLast().eventId());
  }

  @Test
  void reportsAStreamWhoseNewestRecordsWereDeletedAsTruncated() throws Exception {
    var chain = recordedStream(5);
    // What remains (1..3) still links up: only the head shows that 4 and 5 are gone.
    mongo.remove(byId(chain.get(3)), AuditRecord.class);
    mongo.remove(byId(chain.get(4)), AuditRecord.class);

    JsonNode link = brokenLinkOf(verify(), topicOf(chain));

    assertThat(link).isNotNull();
    assertThat(link.get("sequence").asLong()).isEqualTo(4);
    assertThat(link.get("eventId").asString()).isEqualTo(chain.get(4).eventId());
    assertThat(link.get("reason").asString()).isEqualTo("truncated");
  }

  @Test
  void reportsAStreamWhoseEveryRecordWasDeletedAsTruncated() throws Exception {
    var chain = recordedStream(2);
    for (var record : chain) {
      mongo.remove(byId(record), AuditRecord.class);
    }

    JsonNode link = brokenLinkOf(verify(), topicOf(chain));

    assertThat(link).isNotNull();
    assertThat(link.get("sequence").asLong()).isEqualTo(1);
    assertThat(link.get("reason").asString()).isEqualTo("truncated");
  }

  @Test
  void reportsTheNewestRecordReplacedWithAFreshHashAndLink() throws Exception {
    var chain = recordedStream(3);
    // Someone who knows the algorithm rewrites the last record, its hash recomputed, its link
    // intact: the chain alone cannot tell.
    var last = chain.getLast();
    var forged =
        new AuditRecord(
            last.eventId(),
            last.type(),
            last.source(),
            last.subject(),
            last.time(),
            "someone-else",
            last.actorType(),
            last.actorName(),
            last.correlationId(),
            last.data(),
            last.topic(),
            last.partition(),
            last.offset(),
            last.recordedAt(),
            last.service(),
            last.action(),
            last.entityType(),
            last.searchText(),
            last.chain(),
            last.clientAddress(),
            last.seal(),
            last.erasure());
    mongo.updateFirst(
        byId(last),
        new Update().set("actorId", "someone-else").set("chain.hash", RecordHash.of(forged)),
        AuditRecord.class);

    JsonNode link = brokenLinkOf(verify(), topicOf(chain));

    assertThat(link).isNotNull();
    assertThat(link.get("sequence").asLong()).isEqualTo(3);
    assertThat(link.get("reason").asString()).isEqualTo("content-changed");
  }

  @Test
  void aWriterStoppedBetweenItsRecordAndItsHeadLeavesNothingBrokenAndTheRedeliveryMendsTheHead()
      throws Exception {
    String stream = "head-" + UUID.randomUUID().toString().substring(0, 8) + ".events";
    var first = RawEvents.memberEvent("member-1", "member.X", Instant.now());
    var second = RawEvents.memberEvent("member-1", "member.X", Instant.now());
    appender.append(first, stream, 0, 0);
    appender.append(second, stream, 0, 1);
    // Killed after inserting the second record, before moving the head: the head is one behind.
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(stream + "-0")),
        new Update().set("sequence", 1L).set("hash", streamOf(stream).getFirst().chain().hash()),
        StreamHead.class);

    assertThat(brokenLinkOf(verify(), stream)).as("a head behind is no finding").isNull();

    appender.append(second, stream, 0, 1); // redelivered

    assertThat(streamOf(stream)).hasSize(2);
    var head = mongo.findById(stream + "-0", StreamHead.class);
    assertThat(head.sequence()).isEqualTo(2);
    assertThat(head.eventId()).isEqualTo(second.id());
  }
}
