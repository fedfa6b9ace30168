package jp.azukari.audit.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Keeps a copy of every record parked on a {@code *.events-dlt} topic (by any service's consumer,
 * this one included) so the console can list them; the dead-letter topics themselves stay as they
 * are.
 */
@Component
class DeadLetterListener {

  static final String PATTERN = ".*\\.events-dlt";
  static final int MAX_PAYLOAD = 4000;

  private final MongoTemplate mongo;

  DeadLetterListener(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @KafkaListener(id = "audit-dead-letters", topicPattern = PATTERN)
  void keep(ConsumerRecord<String, String> record) {
    Headers headers = record.headers();
    String topic = text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC);
    Integer partition = number(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION);
    Long offset = longNumber(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET);
    String group = text(headers, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
    if (topic == null) {
      topic = record.topic().substring(0, record.topic().length() - "-dlt".length());
    }
    String id =
        partition == null || offset == null
            ? record.topic() + "/" + record.partition() + "/" + record.offset()
            : topic + "/" + partition + "/" + offset + "/" + group;
    String value = record.value() == null ? "" : record.value();
    boolean truncated = value.length() > MAX_PAYLOAD;
    String reason = text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
    if (reason == null) {
      reason = text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN);
    }
    // save: keyed by the original place, so a redelivered dead letter replaces itself.
    mongo.save(
        new DeadLetter(
            id,
            topic,
            partition,
            offset,
            group,
            record.key(),
            reason,
            truncated ? value.substring(0, MAX_PAYLOAD) : value,
            truncated,
            Instant.ofEpochMilli(record.timestamp())));
  }

  private static String text(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static Integer number(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value().length != 4
        ? null
        : ByteBuffer.wrap(header.value()).getInt();
  }

  private static Long longNumber(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value().length != 8
        ? null
        : ByteBuffer.wrap(header.value()).getLong();
  }
}
