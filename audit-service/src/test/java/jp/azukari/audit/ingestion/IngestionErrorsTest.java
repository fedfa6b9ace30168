package jp.azukari.audit.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.time.Duration;
import jp.azukari.platform.events.MalformedEventException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

class IngestionErrorsTest {

  static final IngestionProperties PROPERTIES =
      new IngestionProperties(Duration.ofSeconds(10), Duration.ofSeconds(30));

  /** How long the back-off lets an event be retried, in milliseconds (capped at a day). */
  static long retriedFor(BackOff backOff) {
    BackOffExecution execution = backOff.start();
    long total = 0;
    while (total < Duration.ofDays(1).toMillis()) {
      long next = execution.nextBackOff();
      if (next == BackOffExecution.STOP) {
        return total;
      }
      total += next;
    }
    return total;
  }

  static Exception asTheListenerThrowsIt(Throwable cause) {
    return new ListenerExecutionFailedException("Listener failed", cause);
  }

  @Test
  void retriesAnEventForAsLongAsMongoDbIsUnreachable() {
    var unreachable =
        asTheListenerThrowsIt(
            new DataAccessResourceFailureException(
                "Timed out", new MongoTimeoutException("Timed out while waiting for a server")));
    var refused =
        asTheListenerThrowsIt(
            new MongoSocketOpenException("refused", new ServerAddress("127.0.0.1", 27017)));

    assertThat(IngestionErrors.databaseUnavailable(unreachable)).isTrue();
    assertThat(retriedFor(IngestionErrors.backOffFor(unreachable, PROPERTIES)))
        .isGreaterThanOrEqualTo(Duration.ofDays(1).toMillis());
    assertThat(retriedFor(IngestionErrors.backOffFor(refused, PROPERTIES)))
        .isGreaterThanOrEqualTo(Duration.ofDays(1).toMillis());
  }

  @Test
  void pausesAtMostTheMaximumBackOffBetweenAttemptsDuringAnOutage() {
    var unreachable = asTheListenerThrowsIt(new DataAccessResourceFailureException("down"));
    var execution = IngestionErrors.backOffFor(unreachable, PROPERTIES).start();
    long longest = 0;
    for (int i = 0; i < 50; i++) {
      longest = Math.max(longest, execution.nextBackOff());
    }
    assertThat(longest).isEqualTo(10_000);
  }

  @Test
  void givesUpOnOtherFailuresAfterTheConfiguredTime() {
    var other = asTheListenerThrowsIt(new DuplicateKeyException("raced too often"));

    assertThat(IngestionErrors.databaseUnavailable(other)).isFalse();
    assertThat(retriedFor(IngestionErrors.backOffFor(other, PROPERTIES)))
        .isBetween(30_000L, 40_000L);
    assertThat(IngestionErrors.databaseUnavailable(new MalformedEventException("bad", null)))
        .isFalse();
  }
}
