package jp.azukari.audit.record;

import java.time.Clock;
import jp.azukari.contracts.Topics;
import jp.azukari.platform.events.EventEnvelopes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records every event of every service's {@code *.events} topic; topics created later are picked up
 * by the pattern subscription without a restart.
 */
@Component
class AuditEventListener {

  private final EventEnvelopes envelopes;
  private final MongoTemplate mongo;
  private final Clock clock;

  AuditEventListener(EventEnvelopes envelopes, MongoTemplate mongo, Clock clock) {
    this.envelopes = envelopes;
    this.mongo = mongo;
    this.clock = clock;
  }

  @KafkaListener(id = "audit-recorder", topicPattern = Topics.ALL_EVENTS_PATTERN)
  void record(ConsumerRecord<String, String> record) {
    var event = envelopes.fromJson(record.value());
    try {
      mongo.insert(
          AuditRecord.of(
              event, record.topic(), record.partition(), record.offset(), clock.instant()));
    } catch (DuplicateKeyException alreadyRecorded) {
      // A redelivered event: its record exists already.
    }
  }
}
