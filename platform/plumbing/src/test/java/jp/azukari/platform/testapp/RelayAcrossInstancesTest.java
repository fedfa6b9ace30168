package jp.azukari.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.OutboxRelay;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Operations run several instances of a service. Their relays share the outbox in MongoDB and take
 * turns through a lock there, so no event is published twice however often they are triggered at
 * the same moment.
 */
@ServiceTest
class RelayAcrossInstancesTest {

  static final int PARCELS = 30;
  static final int SCANS_PER_PARCEL = 3;
  static final int THREADS_PER_INSTANCE = 4;
  static final int TRIGGERS_PER_THREAD = 25;

  @Autowired ConfigurableApplicationContext firstInstance;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired MongoConnectionDetails mongoConnection;
  @Autowired MongoTemplate mongo;
  @Autowired ParcelRepository parcels;
  @Autowired EventEnvelopes envelopes;

  @Value("${spring.mongodb.database}")
  String database;

  /** A second instance of the same service: same database, same broker, its own relay. */
  ConfigurableApplicationContext startSecondInstance() {
    return new SpringApplicationBuilder(ParcelApplication.class)
        .initializers(new TestIssuer())
        .run(
            "--server.port=0",
            "--spring.mongodb.uri=" + mongoConnection.getConnectionString().getConnectionString(),
            "--spring.mongodb.database=" + database,
            "--spring.kafka.bootstrap-servers=" + Infrastructure.bootstrapServers(kafka));
  }

  List<String> storeParcels(String label, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      var parcel = Parcel.receive(label + "-" + i);
      for (int s = 0; s < SCANS_PER_PARCEL; s++) {
        parcel.scan("hub-" + s);
      }
      ids.add(parcels.insert(parcel).id());
    }
    return ids;
  }

  @Test
  void publishesEachEventOnceWhenTwoInstancesRelayAtTheSameMoment() throws Exception {
    try (var secondInstance = startSecondInstance()) {
      List<OutboxRelay> relays =
          List.of(
              firstInstance.getBean(OutboxRelay.class), secondInstance.getBean(OutboxRelay.class));
      List<String> parcelIds = new ArrayList<>(storeParcels("before-race", PARCELS / 2));

      ExecutorService threads = Executors.newFixedThreadPool(relays.size() * THREADS_PER_INSTANCE);
      var start = new CyclicBarrier(relays.size() * THREADS_PER_INSTANCE + 1);
      List<Future<?>> triggers = new ArrayList<>();
      try {
        for (OutboxRelay relay : relays) {
          for (int t = 0; t < THREADS_PER_INSTANCE; t++) {
            triggers.add(
                threads.submit(
                    () -> {
                      start.await();
                      for (int i = 0; i < TRIGGERS_PER_THREAD; i++) {
                        relay.relayPendingEvents();
                      }
                      return null;
                    }));
          }
        }
        start.await();
        parcelIds.addAll(storeParcels("during-race", PARCELS / 2));
        for (Future<?> trigger : triggers) {
          trigger.get();
        }
      } finally {
        threads.shutdownNow();
      }

      var outboxes = new Outboxes(mongo);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(outboxes.pendingEventIds(parcelIds)).isEmpty());
      Set<String> ours = Set.copyOf(parcelIds);
      List<ConsumerRecord<String, String>> published =
          TopicContents.readAll(Infrastructure.bootstrapServers(kafka), OutboxRelayTest.TOPIC)
              .stream()
              .filter(r -> ours.contains(r.key()))
              .toList();

      Map<String, Long> copiesPerEvent =
          published.stream()
              .map(r -> envelopes.fromJson(r.value()).id())
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(copiesPerEvent).hasSize(PARCELS * (1 + SCANS_PER_PARCEL));
      assertThat(copiesPerEvent)
          .as("events published more than once")
          .allSatisfy((eventId, copies) -> assertThat(copies).as(eventId).isEqualTo(1L));
    }
  }
}
