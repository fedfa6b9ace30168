package jp.azukari.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The relay publishes what the outbox holds: one aggregate's events in the order they happened, on
 * one partition under the aggregate's id, as structured CloudEvents with the correlation id of the
 * request that caused them.
 */
@ServiceTest
class OutboxRelayTest {

  static final String TOPIC = "parcel.events";
  static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired KafkaConnectionDetails kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired MongoTemplate mongo;

  ParcelApi api;
  EventsProbe events;

  @BeforeEach
  void setUp() {
    api = ParcelApi.on(port);
    events = new EventsProbe(Infrastructure.bootstrapServers(kafka), TOPIC);
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  List<ConsumerRecord<String, String>> awaitEventsOf(String parcelId, int count) {
    return events.awaitRecords(r -> parcelId.equals(r.key()), count, WAIT).stream()
        .sorted(Comparator.comparingLong(ConsumerRecord::offset))
        .toList();
  }

  static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Test
  void publishesOneAggregatesEventsInOrderOnOnePartitionKeyedByItsId() {
    String parcelId = api.receive("order-test", 5, TestIssuer.staff(), null);
    for (int i = 0; i < 3; i++) {
      api.scan(parcelId, "hub-" + i, TestIssuer.staff());
    }

    var records = awaitEventsOf(parcelId, 9);

    assertThat(records).hasSize(9);
    assertThat(records)
        .extracting(ConsumerRecord::partition)
        .containsOnly(records.getFirst().partition());
    var published = records.stream().map(r -> envelopes.fromJson(r.value())).toList();
    assertThat(published).extracting(EventEnvelope::subject).containsOnly(parcelId);
    assertThat(published.getFirst().type()).isEqualTo(ParcelEvents.RECEIVED);
    assertThat(published.subList(1, 9))
        .extracting(EventEnvelope::type)
        .containsOnly(ParcelEvents.SCANNED);
    assertThat(published.subList(1, 9))
        .extracting(event -> event.data().get("sequence"))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(published).extracting(EventEnvelope::id).doesNotHaveDuplicates();
  }

  @Test
  void sendsStructuredCloudEventsWithTheRequestsCorrelationIdAsHeaders() {
    String correlationId = "parcel-trace-" + UUID.randomUUID();

    String parcelId = api.receive("header-test", 2, TestIssuer.staff(), correlationId);

    var records = awaitEventsOf(parcelId, 3);
    assertThat(records)
        .allSatisfy(
            record -> {
              assertThat(header(record, "content-type")).isEqualTo("application/cloudevents+json");
              assertThat(header(record, "correlationid")).isEqualTo(correlationId);
              EventEnvelope event = envelopes.fromJson(record.value());
              assertThat(event.correlationid()).isEqualTo(correlationId);
              assertThat(event.specversion()).isEqualTo("1.0");
              assertThat(event.source()).isEqualTo("/parcel-service");
              assertThat(event.datacontenttype()).isEqualTo("application/json");
              assertThat(event.time()).isNotNull();
            });
  }

  @Test
  void removesEachEventFromTheOutboxOnceTheBrokerHasIt() {
    String parcelId = api.receive("outbox-test", 3, TestIssuer.staff(), null);

    var records = awaitEventsOf(parcelId, 4);

    var outboxes = new Outboxes(mongo);
    await().atMost(WAIT).untilAsserted(() -> assertThat(outboxes.of(parcelId)).isEmpty());
    assertThat(records).hasSize(4);
  }
}
