package jp.azukari.item;

import java.time.Duration;
import java.util.List;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;

/** The item-service's published events as another service reads them from {@code item.events}. */
public final class ItemEvents implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(30);

  private final EventsProbe probe;
  private final EventEnvelopes envelopes;

  public ItemEvents(String bootstrapServers, EventEnvelopes envelopes) {
    this.probe = new EventsProbe(bootstrapServers, Topics.ITEM);
    this.envelopes = envelopes;
  }

  /** Waits for {@code count} events of the type about the subject, in the order published. */
  public List<EventEnvelope> await(String subject, String type, int count) {
    return probe
        .awaitRecords(
            record -> subject.equals(record.key()) && record.value().contains("\"" + type + "\""),
            count,
            WAIT)
        .stream()
        .map(record -> envelopes.fromJson(record.value()))
        .toList();
  }

  /** Waits for the first event of the type about the subject that matches. */
  public EventEnvelope awaitOne(
      String subject, String type, java.util.function.Predicate<EventEnvelope> match) {
    java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>>
        record =
            r ->
                subject.equals(r.key())
                    && r.value().contains("\"" + type + "\"")
                    && match.test(envelopes.fromJson(r.value()));
    return envelopes.fromJson(probe.awaitRecords(record, 1, WAIT).getFirst().value());
  }

  /** Every event about the subject seen during a short while, in the order published. */
  public List<EventEnvelope> all(String subject, Duration during) {
    return probe.drain(record -> subject.equals(record.key()), during).stream()
        .map(record -> envelopes.fromJson(record.value()))
        .toList();
  }

  @Override
  public void close() {
    probe.close();
  }
}
