package jp.azukari.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;

/**
 * A message that names its own topic is relayed there from the same outbox, and never appears on
 * the service's {@code *.events} topic that the audit log reads.
 */
@ServiceTest
class EventTopicRoutingTest {

  @Autowired KafkaConnectionDetails kafka;
  @Autowired ParcelRepository parcels;
  @Autowired EventEnvelopes envelopes;

  @Test
  void aSecretGoesOnlyToItsOwnTopicWhileTheOtherEventsStayOnTheServiceTopic() {
    var parcel = Parcel.receive("ticket-test");
    parcel.issueClaimTicket("ticket-secret-" + parcel.id());
    parcel.scan("counter");
    parcels.insert(parcel);
    String bootstrap = Infrastructure.bootstrapServers(kafka);

    try (var tickets = new EventsProbe(bootstrap, ParcelEvents.TICKETS_TOPIC);
        var events = new EventsProbe(bootstrap, "parcel.events")) {
      var ticket =
          tickets.awaitRecords(r -> parcel.id().equals(r.key()), 1, Duration.ofSeconds(30));
      var announced =
          events.awaitRecords(r -> parcel.id().equals(r.key()), 2, Duration.ofSeconds(30));

      assertThat(envelopes.fromJson(ticket.getFirst().value()).type())
          .isEqualTo(ParcelEvents.CLAIM_TICKET_ISSUED);
      assertThat(
              announced.stream()
                  .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                  .map(r -> envelopes.fromJson(r.value()).type()))
          .containsExactly(ParcelEvents.RECEIVED, ParcelEvents.SCANNED);
      assertThat(events.drain(r -> r.value().contains("ticket-secret-"), Duration.ofSeconds(2)))
          .isEmpty();
    }
  }
}
