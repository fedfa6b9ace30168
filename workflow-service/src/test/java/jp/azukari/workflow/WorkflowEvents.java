package jp.azukari.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import org.awaitility.Awaitility;

/**
 * Reads {@code workflow.events} as a consumer would: delivery is at least once, so an event may
 * come twice, and like every consumer this one counts it once (by its id).
 */
public final class WorkflowEvents implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(30);

  private final EventsProbe probe;
  private final EventEnvelopes envelopes;

  public WorkflowEvents(String bootstrapServers, EventEnvelopes envelopes) {
    this.probe = new EventsProbe(bootstrapServers, Topics.WORKFLOW);
    this.envelopes = envelopes;
  }

  /**
   * Waits for at least {@code count} distinct events of {@code type} (e.g. {@code
   * RequestStatusChanged}) about {@code aggregateId}; returns them all, in order.
   */
  public List<EventEnvelope> await(String aggregateId, String type, int count) {
    List<EventEnvelope> found = new ArrayList<>();
    Awaitility.await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              found.clear();
              found.addAll(seen(aggregateId, type, Duration.ofMillis(200)));
              return found.size() >= count;
            });
    return found;
  }

  /** The distinct events of {@code type} about {@code aggregateId} seen while reading a while. */
  public List<EventEnvelope> seen(String aggregateId, String type, Duration during) {
    var distinct = new LinkedHashMap<String, EventEnvelope>();
    probe
        .drain(
            r -> aggregateId.equals(r.key()) && r.value().contains("\"workflow." + type + "\""),
            during)
        .forEach(
            r -> {
              EventEnvelope envelope = envelopes.fromJson(r.value());
              distinct.putIfAbsent(envelope.id(), envelope);
            });
    return List.copyOf(distinct.values());
  }

  @Override
  public void close() {
    probe.close();
  }
}
