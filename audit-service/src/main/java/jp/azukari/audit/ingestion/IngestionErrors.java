package jp.azukari.audit.ingestion;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jp.azukari.platform.events.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The audit recorder's error handling. The platform's handler parks an event on its dead-letter
 * topic after about 30 seconds of failures, which during a database outage would take events out of
 * the audit log. Here a failure of the database (unreachable, timed out, failing over) is retried
 * for as long as it lasts, with a back-off up to {@link IngestionProperties#maxBackOff()}, holding
 * the partition at that event; malformed events still go to {@code <topic>-dlt} at once, other
 * failures after {@link IngestionProperties#giveUpAfter()}.
 */
public final class IngestionErrors {

  private IngestionErrors() {}

  /** True when {@code failure} or one of its causes says the database is not reachable now. */
  public static boolean databaseUnavailable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof DataAccessResourceFailureException
          || cause instanceof TransientDataAccessException
          || cause instanceof MongoSocketException
          || cause instanceof MongoTimeoutException
          || cause instanceof MongoNotPrimaryException
          || cause instanceof MongoNodeIsRecoveringException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** The back-off for a failed event: unbounded while the database is unavailable. */
  public static BackOff backOffFor(Exception failure, IngestionProperties properties) {
    var backOff = new ExponentialBackOff(500, 2);
    backOff.setMaxInterval(Math.max(500, properties.maxBackOff().toMillis()));
    if (!databaseUnavailable(failure)) {
      backOff.setMaxElapsedTime(properties.giveUpAfter().toMillis());
    }
    return backOff;
  }

  /** The recorder's error handler: dead letters on {@code <topic>-dlt}, back-off as above. */
  public static DefaultErrorHandler handler(
      KafkaOperations<Object, Object> kafka, IngestionProperties properties) {
    var recoverer =
        new DeadLetterPublishingRecoverer(
            kafka,
            (ConsumerRecord<?, ?> record, Exception e) ->
                // Partition -1: the broker chooses, whatever the partitions of the DLT topic.
                new TopicPartition(record.topic() + "-dlt", -1));
    var giveUp = new ExponentialBackOff(500, 2);
    giveUp.setMaxElapsedTime(properties.giveUpAfter().toMillis());
    var handler = new DefaultErrorHandler(recoverer, giveUp);
    handler.addNotRetryableExceptions(MalformedEventException.class);
    handler.setBackOffFunction((record, e) -> backOffFor(e, properties));
    return handler;
  }
}
