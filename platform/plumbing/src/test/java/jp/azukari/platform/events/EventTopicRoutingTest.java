package jp.azukari.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.platform.security.CurrentActor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** An event goes to the service's own topic unless its {@code @EventType} names another. */
class EventTopicRoutingTest {

  @EventType("test.Announced")
  record Announced(String id) implements DomainEvent {
    @Override
    public String aggregateId() {
      return id;
    }
  }

  @EventType(value = "test.SecretIssued", topic = "test.secrets")
  record SecretIssued(String id, String secret) implements DomainEvent {
    @Override
    public String aggregateId() {
      return id;
    }
  }

  final EventEnvelopes envelopes =
      new EventEnvelopes(
          JsonMapper.builder().build(),
          new CurrentActor("test-service"),
          new EventsProperties("/test-service", "test.events", 3, (short) 1, null, 100, null),
          Clock.systemUTC());

  @Test
  void anEventWithoutATopicGoesToTheServicesOwnTopic() {
    OutboxEntry entry = envelopes.outboxEntry(new Announced("a-1"));

    assertThat(entry.topic()).isEqualTo("test.events");
    assertThat(entry.type()).isEqualTo("test.Announced");
  }

  @Test
  void anEventThatNamesATopicGoesThereWithTheSameEnvelope() {
    OutboxEntry entry = envelopes.outboxEntry(new SecretIssued("a-1", "s3cret"));

    assertThat(entry.topic()).isEqualTo("test.secrets");
    assertThat(entry.key()).isEqualTo("a-1");
    assertThat(entry.type()).isEqualTo("test.SecretIssued");
    assertThat(envelopes.fromJson(entry.payload()).data()).containsEntry("secret", "s3cret");
  }
}
