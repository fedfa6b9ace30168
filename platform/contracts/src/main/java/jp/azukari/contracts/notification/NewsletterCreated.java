package jp.azukari.contracts.notification;

import java.time.Instant;
import java.util.Map;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff composed a newsletter; the envelope's actor says who.
 *
 * @param newsletterId the newsletter
 * @param subject its subject
 * @param segment the segment as staff chose it (only opted-in members receive it in any case)
 * @param scheduledAt when it is to go out, or {@code null} for a draft sent by hand
 */
@EventType("notification.NewsletterCreated")
public record NewsletterCreated(
    String newsletterId, String subject, Map<String, Object> segment, Instant scheduledAt)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return newsletterId;
  }
}
