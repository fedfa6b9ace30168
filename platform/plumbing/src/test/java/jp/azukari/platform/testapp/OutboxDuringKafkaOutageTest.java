package jp.azukari.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.OutboxRelay;
import jp.azukari.testsupport.EmbeddedMongo;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.TestIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Kafka may be down while the service runs: writes are still accepted, their events wait in the
 * aggregates' outboxes, and once a broker listens again every event is delivered and applied once
 * by an idempotent consumer, however often it arrives.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.mongodb.database=azukari-parcel-outage",
      // Without a broker, the topic check at startup gives up quickly instead of holding it up.
      "spring.kafka.admin.operation-timeout=2s",
      "spring.kafka.admin.close-timeout=1s",
      "spring.kafka.admin.properties.request.timeout.ms=1000",
      "spring.kafka.admin.properties.default.api.timeout.ms=2000"
    })
@ContextConfiguration(
    initializers = {
      EmbeddedMongo.class,
      TestIssuer.class,
      OutboxDuringKafkaOutageTest.NoBrokerListening.class
    })
@DirtiesContext
class OutboxDuringKafkaOutageTest {

  static final Duration WAIT = Duration.ofSeconds(60);

  /** Points the application at a free port where no broker listens (yet). */
  static class NoBrokerListening
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      try (var socket = new ServerSocket(0)) {
        context
            .getEnvironment()
            .getPropertySources()
            .addFirst(
                new MapPropertySource(
                    "noBrokerListening",
                    Map.of(
                        "spring.kafka.bootstrap-servers", "127.0.0.1:" + socket.getLocalPort())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @LocalServerPort int port;

  @Value("${spring.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Autowired ConfigurableApplicationContext context;
  @Autowired MongoTemplate mongo;
  @Autowired EventEnvelopes envelopes;
  @Autowired ParcelEventCounter counter;

  final ListAppender<ILoggingEvent> relayLog = new ListAppender<>();

  @BeforeEach
  void watchTheRelay() {
    relayLog.start();
    ((Logger) LoggerFactory.getLogger(OutboxRelay.class)).addAppender(relayLog);
  }

  @AfterEach
  void stopWatching() {
    ((Logger) LoggerFactory.getLogger(OutboxRelay.class)).detachAppender(relayLog);
  }

  int brokerPort() {
    return Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1));
  }

  /**
   * Starts a broker that the application reaches on the address it was configured with. The broker
   * stops with the application, after the application's Kafka clients.
   */
  void startBrokerOnTheConfiguredAddress() {
    var broker = new EmbeddedKafkaKraftBroker(1, 3);
    broker.afterPropertiesSet();
    var bootstrap = PortForwarder.start(brokerPort(), broker.getBrokersAsString());
    ((DefaultListableBeanFactory) context.getBeanFactory())
        .registerDisposableBean(
            "brokerStartedDuringTheTest",
            () -> {
              bootstrap.close();
              broker.destroy();
            });
  }

  boolean relayReportedTheBrokerDown() {
    return relayLog.list.stream()
        .anyMatch(
            event ->
                event.getLevel() == Level.WARN
                    && event.getFormattedMessage().startsWith("Cannot publish pending events"));
  }

  @Test
  void acceptsWritesWhileKafkaIsDownAndDeliversEveryEventOnceItIsBack() throws Exception {
    var api = ParcelApi.on(port);
    var outboxes = new Outboxes(mongo);

    // Kafka is down: writes are accepted and their events wait with the state they describe.
    Map<String, Integer> eventsPerParcel = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      eventsPerParcel.put(api.receive("during-outage-" + i, 2, TestIssuer.staff(), null), 3);
    }
    String dropped = api.dropOff("dropped-off-during-outage");
    eventsPerParcel.put(dropped, 1);
    api.scan(dropped, "hub", TestIssuer.staff());
    eventsPerParcel.put(dropped, 2);
    int eventCount = eventsPerParcel.values().stream().mapToInt(Integer::intValue).sum();

    await().atMost(WAIT).until(this::relayReportedTheBrokerDown);
    List<String> pending = outboxes.pendingEventIds(eventsPerParcel.keySet());
    assertThat(pending).hasSize(eventCount).doesNotHaveDuplicates();
    eventsPerParcel.forEach((parcelId, count) -> assertThat(outboxes.of(parcelId)).hasSize(count));

    // A broker starts on the configured address: every event goes out, none is lost.
    startBrokerOnTheConfiguredAddress();

    List<ConsumerRecord<String, String>> delivered = new ArrayList<>();
    try (var events = new EventsProbe(bootstrapServers, OutboxRelayTest.TOPIC)) {
      await()
          .atMost(WAIT)
          .until(
              () -> {
                delivered.clear();
                delivered.addAll(
                    events.drain(
                        r -> eventsPerParcel.containsKey(r.key()), Duration.ofMillis(250)));
                return idsOf(delivered).containsAll(pending);
              });
    }
    Set<String> deliveredIds = idsOf(delivered);
    assertThat(deliveredIds).containsExactlyInAnyOrderElementsOf(pending);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> assertThat(outboxes.pendingEventIds(eventsPerParcel.keySet())).isEmpty());
    assertFirstDeliveriesInOrder(delivered, pending);

    // The idempotent consumer applies each event once ...
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                eventsPerParcel.forEach(
                    (parcelId, count) ->
                        assertThat(counter.eventsCounted(parcelId)).as(parcelId).isEqualTo(count)));

    // ... and not again when the same records are replayed.
    replay(delivered);
    await().atMost(WAIT).until(() -> counter.ignoredRedeliveries().containsAll(pending));
    eventsPerParcel.forEach(
        (parcelId, count) ->
            assertThat(counter.eventsCounted(parcelId)).as(parcelId).isEqualTo(count));
  }

  Set<String> idsOf(List<ConsumerRecord<String, String>> records) {
    return records.stream()
        .map(r -> envelopes.fromJson(r.value()).id())
        .collect(Collectors.toSet());
  }

  /** Whatever was delivered twice, each parcel's events first arrive in the order they happened. */
  void assertFirstDeliveriesInOrder(
      List<ConsumerRecord<String, String>> delivered, List<String> pendingInOutboxOrder) {
    Map<String, List<String>> firstDeliveries = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    delivered.stream()
        .sorted(Comparator.comparingLong(ConsumerRecord::offset))
        .forEach(
            record -> {
              EventEnvelope event = envelopes.fromJson(record.value());
              if (seen.add(event.id())) {
                firstDeliveries
                    .computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(event.id());
              }
            });
    firstDeliveries.forEach(
        (parcelId, ids) ->
            assertThat(ids)
                .as("events of parcel %s in the order they happened", parcelId)
                .isEqualTo(pendingInOutboxOrder.stream().filter(ids::contains).toList()));
  }

  void replay(List<ConsumerRecord<String, String>> records) {
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new StringSerializer())) {
      for (var record : records) {
        producer.send(
            new ProducerRecord<>(
                record.topic(), null, record.key(), record.value(), record.headers()));
      }
      producer.flush();
    }
  }
}
