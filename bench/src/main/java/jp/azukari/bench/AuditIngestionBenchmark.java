package jp.azukari.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log's ingestion rate against a baseline, in one process: N events are produced to a
 * topic of an in-process Kafka broker, then read twice from the start: once by a plain {@code
 * KafkaConsumer} that bulk-inserts each poll into a plain collection ({@code insertMany}), once by
 * audit-service itself (its listener, the hash chain and the idempotency check, started with its
 * listener paused so the clock starts when consumption does). Prints records per second of both and
 * their ratio; asserts nothing about time.
 *
 * <p>System properties: {@code bench.events} (20000), {@code bench.partitions} (3), {@code
 * bench.mongodb} (a MongoDB URI; without it the in-process MongoDB-compatible server the tests
 * use).
 */
public final class AuditIngestionBenchmark {

  static final String TOPIC = "bench.events";
  static final String AUDIT_APPLICATION = "jp.azukari.audit.AuditServiceApplication";
  static final String AUDIT_DATABASE = "azukari-audit-bench";
  static final String BASELINE_DATABASE = "azukari-bench-baseline";
  static final Duration LIMIT = Duration.ofMinutes(30);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AuditIngestionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int events = Integer.getInteger("bench.events", 20_000);
    int partitions = Integer.getInteger("bench.partitions", 3);
    String externalMongo = System.getProperty("bench.mongodb", "");

    MongoServer mongoServer = null;
    String mongoUri = externalMongo;
    if (mongoUri.isBlank()) {
      mongoServer = new MongoServer(new MemoryBackend());
      mongoUri = "mongodb://" + hostAndPort(mongoServer.bind());
    }
    var broker = new EmbeddedKafkaKraftBroker(1, partitions, TOPIC);
    broker.afterPropertiesSet();
    try (MongoClient mongo = MongoClients.create(mongoUri)) {
      mongo.getDatabase(AUDIT_DATABASE).drop();
      mongo.getDatabase(BASELINE_DATABASE).drop();
      print(
          "Audit ingestion benchmark: %d events on %d partitions of %s; MongoDB: %s",
          events,
          partitions,
          TOPIC,
          externalMongo.isBlank() ? "in-process MongoDB-compatible server" : "bench.mongodb");

      double produced = produce(broker.getBrokersAsString(), events);
      print("  produced                                        %8.0f events/s", produced);

      var baseline = baseline(broker.getBrokersAsString(), mongo.getDatabase(BASELINE_DATABASE));
      var audit =
          audit(broker.getBrokersAsString(), mongoUri, mongo.getDatabase(AUDIT_DATABASE), events);
      print(
          "  baseline  (KafkaConsumer + insertMany)          %8.0f records/s  (%d in %.2f s)",
          baseline.rate(), baseline.records(), baseline.seconds());
      print(
          "  audit-service (listener, hash chain, idempotency) %6.0f records/s  (%d in %.2f s)",
          audit.rate(), audit.records(), audit.seconds());
      print(
          "  ratio audit-service / baseline: %.3f (the baseline is %.1fx as fast)",
          audit.rate() / baseline.rate(), baseline.rate() / audit.rate());
    } finally {
      broker.destroy();
      if (mongoServer != null) {
        mongoServer.shutdownNow();
      }
    }
    System.exit(0);
  }

  /** Records stored in so many seconds. */
  record Run(long records, double seconds) {
    double rate() {
      return records / seconds;
    }
  }

  static double produce(String bootstrap, int events) throws Exception {
    long start = System.nanoTime();
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.BATCH_SIZE_CONFIG,
                256 * 1024),
            new StringSerializer(),
            new StringSerializer())) {
      for (int i = 0; i < events; i++) {
        var event = event(i);
        producer.send(new ProducerRecord<>(TOPIC, event.subject(), JSON.writeValueAsString(event)));
      }
      producer.flush();
    }
    return events / seconds(start);
  }

  /** An event shaped like member-service's: a staff member changed a member's profile. */
  static EventEnvelope event(int i) {
    String member = "member-" + (i % 2_000);
    return new EventEnvelope(
        EventEnvelope.SPEC_VERSION,
        UUID.randomUUID().toString(),
        "/member-service",
        "member.ProfileChanged",
        Instant.now(),
        member,
        EventEnvelope.JSON,
        "staff-" + (i % 20),
        ActorType.STAFF,
        "佐藤 一郎",
        "corr-" + UUID.randomUUID(),
        Map.of(
            "memberId",
            member,
            "changes",
            List.of(Map.of("field", "address", "before", "東京都港区" + i, "after", "大阪府大阪市" + i))));
  }

  /** A plain consumer from the start of the topic, each poll bulk-inserted, then committed. */
  static Run baseline(String bootstrap, MongoDatabase database) {
    var collection = database.getCollection("events");
    long stored = 0;
    long start = System.nanoTime();
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "bench-baseline",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(TOPIC));
      long total = endOffsets(consumer);
      while (stored < total) {
        var batch = consumer.poll(Duration.ofMillis(500));
        if (batch.isEmpty()) {
          continue;
        }
        var documents = new ArrayList<Document>(batch.count());
        batch.forEach(record -> documents.add(Document.parse(record.value())));
        collection.insertMany(documents);
        consumer.commitSync();
        stored += documents.size();
      }
    }
    return new Run(stored, seconds(start));
  }

  static long endOffsets(KafkaConsumer<String, String> consumer) {
    var partitions =
        consumer.partitionsFor(TOPIC).stream()
            .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition()))
            .toList();
    return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * audit-service in this process, its recorder started once the service is up; timed until it has
   * stored a record of every event.
   */
  static Run audit(String bootstrap, String mongoUri, MongoDatabase database, int events)
      throws Exception {
    var application = Class.forName(AUDIT_APPLICATION);
    // As command-line arguments: above the platform's defaults (MONGODB_URI,
    // KAFKA_BOOTSTRAP_SERVERS).
    var settings =
        Map.of(
            "spring.kafka.bootstrap-servers", bootstrap,
            "spring.mongodb.uri", mongoUri,
            "spring.mongodb.database", AUDIT_DATABASE,
            "spring.kafka.listener.auto-startup", "false",
            "server.port", "0",
            "logging.level.root", "ERROR",
            "spring.main.banner-mode", "off",
            // No tokens are checked here; the keys would be fetched only when one is.
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "http://127.0.0.1:9/certs",
            "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                "http://127.0.0.1:9/realms/azukari");
    String[] arguments =
        settings.entrySet().stream()
            .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
            .toArray(String[]::new);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(application).run(arguments);
    try {
      var records = database.getCollection("audit_records");
      var recorder = context.getBean(KafkaListenerEndpointRegistry.class);
      long start = System.nanoTime();
      recorder.getListenerContainer("audit-recorder").start();
      long deadline = start + LIMIT.toNanos();
      // The cheap count while waiting (a counting scan would compete with the ingestion).
      while (records.estimatedDocumentCount() < events && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(100);
      }
      var run = new Run(records.estimatedDocumentCount(), seconds(start));
      long stored = records.countDocuments();
      if (stored != events) {
        print("  ! audit-service stored %d records of %d events", stored, events);
      }
      return run;
    } finally {
      context.close();
    }
  }

  static String hostAndPort(java.net.InetSocketAddress address) {
    return address.getHostString() + ":" + address.getPort();
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static void print(String format, Object... values) {
    System.out.println(String.format(Locale.ROOT, format, values));
  }
}
