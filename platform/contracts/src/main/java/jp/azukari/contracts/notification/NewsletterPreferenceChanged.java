package jp.azukari.contracts.notification;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A member opted in to or out of newsletters (transactional mails cannot be turned off).
 *
 * @param memberId the member
 * @param newsletter whether the member now receives newsletters
 * @param via {@code settings} (the member's own page) or {@code unsubscribe-link} (the signed link
 *     in a newsletter, without a login)
 */
@EventType("notification.NewsletterPreferenceChanged")
public record NewsletterPreferenceChanged(String memberId, boolean newsletter, String via)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
