package jp.azukari.notification.preference;

import java.time.Instant;
import jp.azukari.contracts.notification.NewsletterPreferenceChanged;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a member chose to receive besides transactional mails, which always go out. Members who
 * never chose receive newsletters (they may opt out at any time, also from every newsletter).
 */
@Document("notification_preferences")
class MemberPreference extends OutboxAggregate {

  @Id private String memberId;
  private boolean newsletter;
  private Instant updatedAt;

  protected MemberPreference() {}

  static MemberPreference defaults(String memberId) {
    var preference = new MemberPreference();
    preference.memberId = memberId;
    preference.newsletter = true;
    return preference;
  }

  /** Records the choice; announced only when it changes something. */
  boolean newsletter(boolean wanted, String via, Instant now) {
    if (version() != null && newsletter == wanted) {
      return false;
    }
    if (version() == null && wanted) {
      // Opting in when never asked changes nothing, but is kept so the choice is explicit.
      newsletter = true;
      updatedAt = now;
      return false;
    }
    newsletter = wanted;
    updatedAt = now;
    registerEvent(new NewsletterPreferenceChanged(memberId, wanted, via));
    return true;
  }

  String memberId() {
    return memberId;
  }

  boolean newsletter() {
    return newsletter;
  }
}
