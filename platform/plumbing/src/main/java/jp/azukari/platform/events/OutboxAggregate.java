package jp.azukari.platform.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.azukari.contracts.DomainEvent;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate that announces its changes. Domain code registers plain event records; on
 * save they are wrapped into envelopes and stored in the {@code outbox} array of the same document,
 * so the state change and its events are written by one single-document operation. The {@link
 * OutboxRelay} publishes them afterwards.
 *
 * <p>The version field gives every aggregate optimistic locking: two concurrent edits of the same
 * aggregate never silently overwrite each other.
 */
public abstract class OutboxAggregate {

  @Version private Long version;

  private List<OutboxEntry> outbox = new ArrayList<>();

  @Transient private final List<DomainEvent> registeredEvents = new ArrayList<>();

  protected <T extends DomainEvent> T registerEvent(T event) {
    registeredEvents.add(event);
    return event;
  }

  /** Events registered since the aggregate was loaded and not yet stored. */
  public List<DomainEvent> registeredEvents() {
    return Collections.unmodifiableList(registeredEvents);
  }

  public Long version() {
    return version;
  }

  /** Events stored with the aggregate and not yet published. */
  public List<OutboxEntry> outbox() {
    return Collections.unmodifiableList(outbox);
  }

  void moveRegisteredEventsToOutbox(EventEnvelopes envelopes) {
    for (DomainEvent event : registeredEvents) {
      outbox.add(envelopes.outboxEntry(event));
    }
    registeredEvents.clear();
  }
}
