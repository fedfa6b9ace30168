package jp.azukari.workflow.alerts;

import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.notification.MailDelivered;
import jp.azukari.contracts.notification.MailDeliveryFailed;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.ProcessedEvents;
import jp.azukari.workflow.requests.Requests;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns from notification-service's events whether a mail about a request reached the member: a
 * final failure is shown on the request (MAIL_FAILED, with one-click retry) until a later mail
 * about it is delivered. Once per event however often Kafka delivers it.
 */
@Component
class MailOutcomes {

  static final String CONSUMER = "workflow-mail-outcomes";
  static final String RELATED_TYPE = "request";

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final Requests requests;

  MailOutcomes(EventEnvelopes envelopes, ProcessedEvents processed, Requests requests) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.requests = requests;
  }

  @KafkaListener(id = CONSUMER, topics = Topics.NOTIFICATION)
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    if (is(envelope, MailDeliveryFailed.class)) {
      var failed = envelopes.data(envelope, MailDeliveryFailed.class);
      if (aboutARequest(failed.relatedType(), failed.relatedId())) {
        processed.once(
            CONSUMER,
            envelope,
            () -> requests.mailFailed(failed.relatedId(), failed.reason(), envelope.time()));
      }
    } else if (is(envelope, MailDelivered.class)) {
      var delivered = envelopes.data(envelope, MailDelivered.class);
      if (aboutARequest(delivered.relatedType(), delivered.relatedId())) {
        processed.once(
            CONSUMER,
            envelope,
            () -> requests.mailDelivered(delivered.relatedId(), envelope.time()));
      }
    }
  }

  private static boolean aboutARequest(String relatedType, String relatedId) {
    return RELATED_TYPE.equals(relatedType) && relatedId != null;
  }

  private static boolean is(EventEnvelope envelope, Class<?> event) {
    return event.getAnnotation(EventType.class).value().equals(envelope.type());
  }
}
