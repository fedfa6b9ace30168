package jp.azukari.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.testsupport.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A consumer applies each event once, however often it is delivered, and retries a failure. */
class ProcessedEventsTest {

  MongoClient client;
  ProcessedEvents processed;
  final AtomicInteger applied = new AtomicInteger();

  /** The MongoDB the marks are kept in: the embedded server here, a real one in a subclass. */
  protected String connectionString() {
    return EmbeddedMongo.uri();
  }

  @BeforeEach
  void connect() {
    client = MongoClients.create(connectionString());
    processed =
        new ProcessedEvents(
            new MongoTemplate(client, "azukari-processed-events-test"), Clock.systemUTC());
  }

  @AfterEach
  void disconnect() {
    client.close();
  }

  static EventEnvelope anEvent() {
    return new EventEnvelope(
        EventEnvelope.SPEC_VERSION,
        UUID.randomUUID().toString(),
        "/member-service",
        "member.RegistrationStarted",
        Instant.now(),
        "registration-1",
        EventEnvelope.JSON,
        "member-service",
        ActorType.SYSTEM,
        "member-service",
        "corr-1",
        Map.of("registrationId", "registration-1"));
  }

  @Test
  void runsTheHandlerOnceWhenTheSameConsumerGetsTheSameEventAgain() {
    var event = anEvent();

    boolean first = processed.once("mail-sender", event, applied::incrementAndGet);
    boolean second = processed.once("mail-sender", event, applied::incrementAndGet);
    boolean third = processed.once("mail-sender", event, applied::incrementAndGet);

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(third).isFalse();
    assertThat(applied).hasValue(1);
  }

  @Test
  void runsTheHandlerForEveryConsumerOfTheSameEvent() {
    var event = anEvent();

    processed.once("mail-sender", event, applied::incrementAndGet);
    boolean other = processed.once("timeline", event, applied::incrementAndGet);

    assertThat(other).isTrue();
    assertThat(applied).hasValue(2);
  }

  @Test
  void runsTheHandlerForEveryDifferentEvent() {
    processed.once("mail-sender", anEvent(), applied::incrementAndGet);
    processed.once("mail-sender", anEvent(), applied::incrementAndGet);

    assertThat(applied).hasValue(2);
  }

  @Test
  void leavesAnEventUnmarkedWhenItsHandlerFailsSoThatARedeliveryRetriesIt() {
    var event = anEvent();

    assertThatThrownBy(
            () ->
                processed.once(
                    "mail-sender",
                    event,
                    () -> {
                      throw new IllegalStateException("SMTP server unreachable");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SMTP server unreachable");
    boolean retried = processed.once("mail-sender", event, applied::incrementAndGet);

    assertThat(retried).isTrue();
    assertThat(applied).hasValue(1);
    assertThat(processed.once("mail-sender", event, applied::incrementAndGet)).isFalse();
  }
}
