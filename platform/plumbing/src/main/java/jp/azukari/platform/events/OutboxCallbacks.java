package jp.azukari.platform.events;

import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;

/** Wraps an aggregate's newly registered events into envelopes just before it is written. */
public class OutboxCallbacks implements BeforeConvertCallback<OutboxAggregate> {

  private final EventEnvelopes envelopes;

  public OutboxCallbacks(EventEnvelopes envelopes) {
    this.envelopes = envelopes;
  }

  @Override
  public OutboxAggregate onBeforeConvert(OutboxAggregate aggregate, String collection) {
    aggregate.moveRegisteredEventsToOutbox(envelopes);
    return aggregate;
  }
}
