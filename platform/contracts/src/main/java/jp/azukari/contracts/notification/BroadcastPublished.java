package jp.azukari.contracts.notification;

import java.util.Map;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff published an in-app message to all members or a segment; the envelope's actor says who.
 *
 * @param broadcastId the broadcast
 * @param title the message's title
 * @param segment the segment as staff chose it ({@code accountStatus}, {@code prefectures}, {@code
 *     verification}, {@code lastActiveWithinDays}, {@code optedInOnly})
 * @param alsoMail whether the message is mailed too (as a newsletter, {@code newsletterId})
 * @param newsletterId the newsletter that mails it, or {@code null}
 */
@EventType("notification.BroadcastPublished")
public record BroadcastPublished(
    String broadcastId,
    String title,
    Map<String, Object> segment,
    boolean alsoMail,
    String newsletterId)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return broadcastId;
  }
}
