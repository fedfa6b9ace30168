package jp.azukari.audit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.TestIssuer;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Exactly one record per event, and as many records as distinct events produced, whatever fails in
 * between: the consumer killed after storing part of a batch but before committing its offsets,
 * MongoDB stopped and started again on the same port, the Kafka broker restarted. This test owns
 * its broker and MongoDB-compatible server (each on a fixed port) so it can stop and start them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // Other failures than an outage would be parked after 3 s: an outage of several seconds
      // shows that it is never treated as one of them.
      "azukari.audit.ingestion.give-up-after=PT3S",
      "azukari.audit.ingestion.max-back-off=PT1S",
    })
@ContextConfiguration(initializers = TestIssuer.class)
@DirtiesContext
class IngestionOutageTest {

  static final Duration WAIT = Duration.ofSeconds(60);
  static final String RECORDER = "audit-recorder";

  /** The server's data, kept when the server stops (a real server keeps its data files). */
  static final MemoryBackend MONGO_DATA =
      new MemoryBackend() {
        @Override
        public void close() {
          // Stopping the server closes its backend, which drops the data: keep it.
        }
      };

  static final int MONGO_PORT = freePort();
  static final int KAFKA_PORT = freePort();
  static MongoServer mongoServer = startMongo();
  static final EmbeddedKafkaKraftBroker BROKER = startBroker();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    // Short driver timeouts, so an outage shows as failures within seconds.
    registry.add(
        "spring.mongodb.uri",
        () ->
            "mongodb://127.0.0.1:"
                + MONGO_PORT
                + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=5000");
    registry.add("spring.kafka.bootstrap-servers", BROKER::getBrokersAsString);
  }

  /** Stops the broker and the server after the context (and its consumers) closed. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Infrastructure {
    @Bean
    DisposableBean outageInfrastructure() {
      return () -> {
        BROKER.destroy();
        mongoServer.shutdownNow();
      };
    }
  }

  @Autowired MongoTemplate mongo;
  @Autowired KafkaListenerEndpointRegistry listeners;

  RawEvents publisher;

  static int freePort() {
    try (var socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MongoServer startMongo() {
    var server = new MongoServer(MONGO_DATA);
    server.bind("127.0.0.1", MONGO_PORT);
    return server;
  }

  static EmbeddedKafkaKraftBroker startBroker() {
    var broker = new EmbeddedKafkaKraftBroker(1, 1);
    broker.kafkaPorts(KAFKA_PORT);
    broker.afterPropertiesSet();
    return broker;
  }

  @BeforeEach
  void setUp() {
    publisher = new RawEvents(BROKER.getBrokersAsString());
  }

  @AfterEach
  void tearDown() {
    publisher.close();
  }

  String newTopic() throws Exception {
    String topic = "outage-" + UUID.randomUUID().toString().substring(0, 8) + ".events";
    try (var admin = admin()) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    return topic;
  }

  static AdminClient admin() {
    return AdminClient.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.getBrokersAsString()));
  }

  List<EventEnvelope> publish(String topic, int count) {
    var events = new ArrayList<EventEnvelope>();
    for (int i = 0; i < count; i++) {
      var event = RawEvents.memberEvent("member-" + i, "member.ProfileChanged", Instant.now());
      publisher.send(topic, event);
      events.add(event);
    }
    return events;
  }

  List<AuditRecord> streamOf(String topic) {
    return mongo.find(
        Query.query(Criteria.where("chain.stream").is(ChainedAppender.stream(topic, 0)))
            .with(Sort.by("chain.sequence")),
        AuditRecord.class);
  }

  long recordsOf(String topic) {
    return mongo.count(Query.query(Criteria.where("topic").is(topic)), AuditRecord.class);
  }

  /**
   * The stream holds exactly one record per event, in the order the events were produced, every
   * record's hash recomputes and links to the one before.
   */
  void assertOneRecordPerEventInAnIntactChain(String topic, List<EventEnvelope> produced) {
    var chain = streamOf(topic);
    assertThat(recordsOf(topic)).isEqualTo(produced.size());
    assertThat(chain)
        .extracting(AuditRecord::eventId)
        .containsExactlyElementsOf(produced.stream().map(EventEnvelope::id).toList());
    for (int i = 0; i < chain.size(); i++) {
      var link = chain.get(i).chain();
      assertThat(link.sequence()).isEqualTo(i + 1L);
      assertThat(link.hash()).isEqualTo(RecordHash.of(chain.get(i)));
      assertThat(link.previousHash()).isEqualTo(i == 0 ? null : chain.get(i - 1).chain().hash());
    }
    var head = mongo.findById(ChainedAppender.stream(topic, 0), StreamHead.class);
    assertThat(head.sequence()).isEqualTo(produced.size());
    assertThat(head.hash()).isEqualTo(chain.getLast().chain().hash());
  }

  void assertNothingDeadLettered(String topic) {
    try (var deadLetters = new EventsProbe(BROKER.getBrokersAsString(), topic + "-dlt")) {
      assertThat(deadLetters.drain(r -> true, Duration.ofSeconds(3))).isEmpty();
    }
  }

  @Test
  void aConsumerKilledAfterStoringPartOfABatchButBeforeCommittingRecordsEachEventOnce()
      throws Exception {
    String topic = newTopic();
    var produced = new ArrayList<>(publish(topic, 300));
    await().atMost(WAIT).until(() -> recordsOf(topic) >= 40);

    // Killed mid-batch: whatever it stored, its last commit is older. Stopping the consumer and
    // setting the group's offset back to before the batch leaves exactly that state.
    var recorder = listeners.getListenerContainer(RECORDER);
    recorder.stop();
    long stored = recordsOf(topic);
    try (var admin = admin()) {
      admin
          .alterConsumerGroupOffsets(
              RECORDER, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(0)))
          .all()
          .get();
    }
    produced.addAll(publish(topic, 50));
    recorder.start();

    await().atMost(WAIT).until(() -> recordsOf(topic) >= produced.size());
    assertThat(stored).as("part of the events was stored before the kill").isPositive();
    assertOneRecordPerEventInAnIntactChain(topic, produced);
  }

  @Test
  void eventsPublishedWhileMongoDbIsDownAreAllRecordedOnceWhenItIsBack() throws Exception {
    String topic = newTopic();
    var produced = new ArrayList<>(publish(topic, 20));
    await().atMost(WAIT).until(() -> recordsOf(topic) == 20);

    mongoServer.shutdownNow();
    try {
      produced.addAll(publish(topic, 30));
      // Long enough for the recorder to fail, back off and fail again, longer than the 3 s
      // after which any other failure would be dead-lettered.
      Thread.sleep(8_000);
    } finally {
      mongoServer = startMongo();
    }
    produced.addAll(publish(topic, 10));

    await().atMost(WAIT).until(() -> recordsOf(topic) >= produced.size());
    assertOneRecordPerEventInAnIntactChain(topic, produced);
    assertNothingDeadLettered(topic);
  }

  @Test
  void eventsBeforeAndAfterAKafkaRestartAreAllRecordedOnce() throws Exception {
    String topic = newTopic();
    var produced = new ArrayList<>(publish(topic, 20));
    await().atMost(WAIT).until(() -> recordsOf(topic) == 20);

    var broker = BROKER.getCluster().brokers().values().iterator().next();
    broker.shutdown();
    broker.awaitShutdown();
    Thread.sleep(3_000);
    broker.startup();

    produced.addAll(publish(topic, 20));
    await().atMost(WAIT).until(() -> recordsOf(topic) >= produced.size());
    assertOneRecordPerEventInAnIntactChain(topic, produced);
  }
}
