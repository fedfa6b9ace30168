package jp.azukari.item.request;

import java.time.Instant;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.workflow.RequestCreated;
import jp.azukari.contracts.workflow.RequestStatusChanged;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the item-service's own copy of the workflow's requests ({@link RequestRecord}) from {@code
 * workflow.events}: who each request belongs to, its number and status, and when its items came in.
 * Each event is applied once, however often it is delivered.
 */
@Component
@EnableConfigurationProperties(RequestStatuses.class)
class WorkflowEventsListener {

  static final String CONSUMER = "item-request-records";
  static final String CREATED = RequestCreated.class.getAnnotation(EventType.class).value();
  static final String MOVED = RequestStatusChanged.class.getAnnotation(EventType.class).value();

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final RequestRecords requests;

  WorkflowEventsListener(
      EventEnvelopes envelopes, ProcessedEvents processed, RequestRecords requests) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.requests = requests;
  }

  @KafkaListener(id = CONSUMER, topics = Topics.WORKFLOW)
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    if (CREATED.equals(envelope.type())) {
      processed.once(
          CONSUMER,
          envelope,
          () -> created(envelopes.data(envelope, RequestCreated.class), at(envelope)));
    } else if (MOVED.equals(envelope.type())) {
      processed.once(
          CONSUMER,
          envelope,
          () -> moved(envelopes.data(envelope, RequestStatusChanged.class), at(envelope)));
    }
  }

  void created(RequestCreated event, Instant at) {
    var existing = requests.findById(event.requestId());
    if (existing.isPresent()) {
      // Redelivered after a later status change was applied: that change stands.
      return;
    }
    requests.save(
        new RequestRecord(
            event.requestId(),
            event.number(),
            event.memberId(),
            event.type(),
            event.status(),
            event.itemsReceived() ? at : null,
            at));
  }

  void moved(RequestStatusChanged event, Instant at) {
    RequestRecord request =
        requests
            .findById(event.requestId())
            // Created before this service listened, or its creation event was lost: the status
            // change names everything the record needs.
            .orElseGet(
                () ->
                    new RequestRecord(
                        event.requestId(),
                        event.number(),
                        event.memberId(),
                        event.type(),
                        event.from(),
                        null,
                        at));
    requests.save(request.moved(event.to(), event.itemsReceived(), at));
  }

  private static Instant at(EventEnvelope envelope) {
    return envelope.time() != null ? envelope.time() : Instant.now();
  }
}
