package jp.azukari.inquiry.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The out-of-hours acknowledgement with the default hours (weekdays 10–18 in Tokyo). */
@ServiceTest
class AcknowledgementsTest {

  /** Tuesday 2026-11-24 21:00 in Tokyo: closed. */
  static final Instant EVENING = Instant.parse("2026-11-24T12:00:00Z");

  /** Tuesday 2026-11-24 11:00 in Tokyo: open. */
  static final Instant MORNING = Instant.parse("2026-11-24T02:00:00Z");

  @Autowired Acknowledgements acknowledgements;

  @Value("${spring.kafka.bootstrap-servers}")
  String bootstrapServers;

  EventsProbe mails;

  @BeforeEach
  void setUp() {
    mails = new EventsProbe(bootstrapServers, Topics.INQUIRY_MAILS);
  }

  @AfterEach
  void tearDown() {
    mails.close();
  }

  @Test
  void acknowledgesAMessageOutsideHoursThreadedToTheCustomersMail() {
    String inquiryId = UUID.randomUUID().toString();
    acknowledgements.arrived(arrival(inquiryId, "<c1@example.com>", "ja", EVENING));

    var sent = mails.awaitRecords(about(inquiryId), 1, Duration.ofSeconds(30));
    assertThat(sent).hasSize(1);
    assertThat(sent.getFirst().value())
        .contains("\"kind\":\"ACKNOWLEDGEMENT\"")
        .contains("\"toAddress\":\"hanako@example.jp\"")
        .contains("\"toName\":\"山田 花子\"")
        .contains("\"language\":\"ja\"")
        .contains("\"inReplyTo\":\"<c1@example.com>\"")
        .contains("\"references\":[\"<c1@example.com>\"]")
        .contains("【受付完了】腕時計の査定")
        .contains("営業時間外のため")
        .doesNotContain("様")
        .containsPattern("\"messageId\":\"<ack-[0-9a-f-]+@azukari\\.example>\"");
  }

  @Test
  void acknowledgesInEnglishForAnEnglishCustomer() {
    String inquiryId = UUID.randomUUID().toString();
    acknowledgements.arrived(arrival(inquiryId, null, "en", EVENING));

    var sent = mails.awaitRecords(about(inquiryId), 1, Duration.ofSeconds(30));
    assertThat(sent.getFirst().value())
        .contains("We received your inquiry: 腕時計の査定")
        .contains("\"language\":\"en\"")
        .contains("\"inReplyTo\":null")
        .contains("\"references\":[]");
  }

  @Test
  void acknowledgesAConversationOnlyOnceHoweverOftenTheCustomerWrites() {
    String inquiryId = UUID.randomUUID().toString();
    acknowledgements.arrived(arrival(inquiryId, "<c1@example.com>", "ja", EVENING));
    // The same arrival told again (a redelivered mail), and further messages, some at once.
    acknowledgements.arrived(arrival(inquiryId, "<c1@example.com>", "ja", EVENING));
    acknowledgements.arrived(arrival(inquiryId, "<c2@example.com>", "ja", EVENING.plusSeconds(60)));
    CompletableFuture.allOf(
            IntStream.range(0, 4)
                .mapToObj(
                    i ->
                        CompletableFuture.runAsync(
                            () ->
                                acknowledgements.arrived(
                                    arrival(
                                        inquiryId, "<c3" + i + "@example.com>", "ja", EVENING))))
                .toArray(CompletableFuture[]::new))
        .join();

    mails.awaitRecords(about(inquiryId), 1, Duration.ofSeconds(30));
    assertThat(mails.drain(about(inquiryId), Duration.ofSeconds(3))).hasSize(1);
  }

  @Test
  void sendsNothingInsideBusinessHours() {
    String inquiryId = UUID.randomUUID().toString();
    acknowledgements.arrived(arrival(inquiryId, "<c1@example.com>", "ja", MORNING));
    String control = UUID.randomUUID().toString();
    acknowledgements.arrived(arrival(control, "<c9@example.com>", "ja", EVENING));

    // Once the later, out-of-hours one is out, the earlier one would have been too.
    mails.awaitRecords(about(control), 1, Duration.ofSeconds(30));
    assertThat(mails.drain(about(inquiryId), Duration.ofSeconds(2))).isEmpty();
  }

  @Test
  void sendsNothingWithoutAnAddress() {
    String inquiryId = UUID.randomUUID().toString();
    acknowledgements.arrived(
        new Acknowledgements.Arrival(
            inquiryId, Channel.PHONE, null, null, "Tanaka", "ja", "phone", null, EVENING));
    String control = UUID.randomUUID().toString();
    acknowledgements.arrived(arrival(control, null, "ja", EVENING));

    mails.awaitRecords(about(control), 1, Duration.ofSeconds(30));
    assertThat(mails.drain(about(inquiryId), Duration.ofSeconds(2))).isEmpty();
  }

  private static Acknowledgements.Arrival arrival(
      String inquiryId, String messageId, String language, Instant at) {
    return new Acknowledgements.Arrival(
        inquiryId,
        Channel.MAIL,
        null,
        "hanako@example.jp",
        "山田 花子",
        language,
        "腕時計の査定",
        messageId,
        at);
  }

  private static java.util.function.Predicate<ConsumerRecord<String, String>> about(
      String inquiryId) {
    return record -> inquiryId.equals(record.key());
  }
}
