package jp.azukari.audit.record;

import jp.azukari.audit.ingestion.IngestionConfiguration;
import jp.azukari.contracts.Topics;
import jp.azukari.platform.events.EventEnvelopes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records every event of every service's {@code *.events} topic; topics created later are picked up
 * by the pattern subscription without a restart. A database outage holds the partition at the event
 * that failed until the database is back ({@code ingestion.IngestionErrors}).
 */
@Component
class AuditEventListener {

  private final EventEnvelopes envelopes;
  private final ChainedAppender appender;
  private final PersonalDataErasure erasure;

  AuditEventListener(
      EventEnvelopes envelopes, ChainedAppender appender, PersonalDataErasure erasure) {
    this.envelopes = envelopes;
    this.appender = appender;
    this.erasure = erasure;
  }

  @KafkaListener(
      id = "audit-recorder",
      topicPattern = Topics.ALL_EVENTS_PATTERN,
      containerPostProcessor = IngestionConfiguration.RECORDER_CONTAINER)
  void record(ConsumerRecord<String, String> record) {
    var event = envelopes.fromJson(record.value());
    appender.append(event, record.topic(), record.partition(), record.offset());
    if (PersonalDataErasure.isErasure(event)) {
      erasure.erase(event);
    }
  }
}
