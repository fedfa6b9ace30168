package jp.azukari.contracts.notification;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A newsletter moved on: sending started (by staff or at its scheduled time), paused, resumed,
 * cancelled, or finished; the envelope's actor says who (the system for scheduled starts and the
 * end).
 *
 * @param newsletterId the newsletter
 * @param from the state before: {@code DRAFT}, {@code SCHEDULED}, {@code SENDING}, {@code PAUSED}
 * @param to the state after, also {@code SENT} or {@code CANCELLED}
 * @param total recipients frozen when sending started (0 before)
 * @param sent mails handed to the SMTP server so far
 * @param failed mails that could not be sent so far
 */
@EventType("notification.NewsletterStateChanged")
public record NewsletterStateChanged(
    String newsletterId, String from, String to, long total, long sent, long failed)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return newsletterId;
  }
}
