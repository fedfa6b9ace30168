package jp.azukari.audit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The audit service records every event of every service's topic exactly once, including topics
 * that appear later, and sets aside what it cannot read without holding up what follows.
 */
@ServiceTest
class AuditRecordingTest {

  static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired KafkaConnectionDetails kafka;
  @Autowired AuditRecordRepository records;

  RawEvents publisher;

  @BeforeEach
  void setUp() {
    publisher = new RawEvents(bootstrapServers());
  }

  @AfterEach
  void tearDown() {
    publisher.close();
  }

  String bootstrapServers() {
    return String.join(",", kafka.getBootstrapServers());
  }

  static String aSubject() {
    return "member-" + UUID.randomUUID();
  }

  List<AuditRecord> recordsOf(String subject) {
    return records
        .findBySubject(subject, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "time")))
        .getContent();
  }

  void awaitRecorded(String eventId, String subject, Duration atMost) {
    await()
        .atMost(atMost)
        .until(() -> recordsOf(subject).stream().anyMatch(r -> r.eventId().equals(eventId)));
  }

  @Test
  void recordsAnEventOnceWhenItIsDeliveredTwice() {
    String subject = aSubject();
    var event = RawEvents.memberEvent(subject, "member.ProfileChanged", Instant.now());
    var marker = RawEvents.memberEvent(subject, "member.ProfileChanged", Instant.now());

    var first = publisher.send(Topics.MEMBER, event);
    publisher.send(Topics.MEMBER, event);
    publisher.send(Topics.MEMBER, marker);

    // The marker comes after both copies on the same partition: once it is recorded, so are they.
    awaitRecorded(marker.id(), subject, WAIT);
    var recorded = recordsOf(subject);
    assertThat(recorded).extracting(AuditRecord::eventId).containsOnlyOnce(event.id());
    assertThat(recorded).hasSize(2);
    var record = recorded.stream().filter(r -> r.eventId().equals(event.id())).findFirst().get();
    assertThat(record.offset()).as("the first delivery is the one kept").isEqualTo(first.offset());
    assertThat(record.topic()).isEqualTo(Topics.MEMBER);
  }

  @Test
  void keepsWhoDidWhatWhenAndWhereItCameFrom() {
    String subject = aSubject();
    var event = RawEvents.memberEvent(subject, "member.PayoutAccountChanged", Instant.now());

    publisher.send(Topics.MEMBER, event);

    awaitRecorded(event.id(), subject, WAIT);
    var record = recordsOf(subject).getFirst();
    assertThat(record.type()).isEqualTo("member.PayoutAccountChanged");
    assertThat(record.source()).isEqualTo("/member-service");
    // MongoDB keeps dates to the millisecond.
    assertThat(record.time()).isEqualTo(event.time().truncatedTo(ChronoUnit.MILLIS));
    assertThat(record.actorId()).isEqualTo("staff-1");
    assertThat(record.actorType()).isEqualTo(event.actortype());
    assertThat(record.actorName()).isEqualTo("佐藤 一郎");
    assertThat(record.correlationId()).isEqualTo(event.correlationid());
    assertThat(record.data()).isEqualTo(Map.of("memberId", subject));
    assertThat(record.recordedAt()).isNotNull();
  }

  @Test
  void recordsEventsOfATopicCreatedAfterTheServiceStarted() throws Exception {
    String topic = "brand-new-" + UUID.randomUUID().toString().substring(0, 8) + ".events";
    try (var admin =
        AdminClient.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    String subject = aSubject();
    var event = RawEvents.memberEvent(subject, "brandnew.Happened", Instant.now());

    publisher.send(topic, event);

    awaitRecorded(event.id(), subject, WAIT);
    assertThat(recordsOf(subject).getFirst().topic()).isEqualTo(topic);
  }

  @Test
  void parksARecordThatIsNotJsonOnTheDeadLetterTopicAndRecordsWhatFollows() {
    String subject = aSubject();
    var after = RawEvents.memberEvent(subject, "member.ProfileChanged", Instant.now());

    publisher.send(Topics.MEMBER, subject, "this is not an event {");
    publisher.send(Topics.MEMBER, after);

    awaitRecorded(after.id(), subject, WAIT);
    assertThat(recordsOf(subject)).extracting(AuditRecord::eventId).containsExactly(after.id());
    assertParkedOnTheDeadLetterTopic(subject, "this is not an event {");
    assertListedAsADeadLetter(subject, "this is not an event {");
  }

  @Test
  void parksAnEnvelopeWithoutIdOrTypeOnTheDeadLetterTopicAndRecordsWhatFollows() {
    String subject = aSubject();
    String withoutIdAndType =
        "{\"specversion\":\"1.0\",\"source\":\"/member-service\",\"subject\":\"" + subject + "\"}";
    var after = RawEvents.memberEvent(subject, "member.ProfileChanged", Instant.now());

    publisher.send(Topics.MEMBER, subject, withoutIdAndType);
    publisher.send(Topics.MEMBER, after);

    // Not retried: the consumer, which reads every topic, does not stall on it.
    awaitRecorded(after.id(), subject, WAIT);
    assertThat(recordsOf(subject)).extracting(AuditRecord::eventId).containsExactly(after.id());
    assertParkedOnTheDeadLetterTopic(subject, withoutIdAndType);
  }

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  /** The console lists the parked record with its place, reason and payload. */
  void assertListedAsADeadLetter(String key, String value) {
    var api = AuditApi.on(port);
    var json = tools.jackson.databind.json.JsonMapper.builder().build();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              var response =
                  api.get(
                      "/api/audit/dead-letters?size=200",
                      jp.azukari.testsupport.TestIssuer.admin());
              assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
              var found = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
              json.readTree(response.body()).get("content").forEach(found::add);
              assertThat(found)
                  .filteredOn(letter -> key.equals(letter.get("key").asString()))
                  .singleElement()
                  .satisfies(
                      letter -> {
                        assertThat(letter.get("topic").asString()).isEqualTo(Topics.MEMBER);
                        assertThat(letter.get("payload").asString()).isEqualTo(value);
                        assertThat(letter.get("reason").asString()).isNotBlank();
                        assertThat(letter.get("consumerGroup").asString())
                            .isEqualTo("audit-recorder");
                        assertThat(letter.get("offset").asLong()).isNotNegative();
                      });
            });
    assertThat(
            api.get("/api/audit/dead-letters", jp.azukari.testsupport.TestIssuer.staff())
                .statusCode())
        .as("admins only")
        .isEqualTo(403);
  }

  void assertParkedOnTheDeadLetterTopic(String key, String value) {
    try (var deadLetters = new EventsProbe(bootstrapServers(), Topics.MEMBER + "-dlt")) {
      var parked = deadLetters.awaitRecords(r -> key.equals(r.key()), 1, WAIT);
      assertThat(parked)
          .singleElement()
          .satisfies(
              record -> {
                assertThat(record.value()).isEqualTo(value);
                Header reason = record.headers().lastHeader("kafka_dlt-exception-message");
                assertThat(reason).as("the reason travels with the parked record").isNotNull();
                assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isNotBlank();
              });
    }
  }
}
