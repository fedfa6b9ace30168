package jp.azukari.notification.preference;

import java.time.Clock;
import jp.azukari.notification.recipient.MailRecipients;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Members' newsletter choices, also copied onto the read model that segments select from. */
@Component
public class Preferences {

  static final String VIA_SETTINGS = "settings";
  static final String VIA_UNSUBSCRIBE_LINK = "unsubscribe-link";
  private static final int ATTEMPTS = 3;

  private final MongoTemplate mongo;
  private final MailRecipients recipients;
  private final Clock clock;

  Preferences(MongoTemplate mongo, MailRecipients recipients, Clock clock) {
    this.mongo = mongo;
    this.recipients = recipients;
    this.clock = clock;
  }

  /** Whether the member receives newsletters. */
  public boolean newsletter(String memberId) {
    MemberPreference preference = mongo.findById(memberId, MemberPreference.class);
    return preference == null || preference.newsletter();
  }

  /** Records the member's newsletter choice (a concurrent change is retried, last one wins). */
  void newsletter(String memberId, boolean wanted, String via) {
    for (int attempt = 1; ; attempt++) {
      MemberPreference preference = mongo.findById(memberId, MemberPreference.class);
      if (preference == null) {
        preference = MemberPreference.defaults(memberId);
      }
      preference.newsletter(wanted, via, clock.instant());
      try {
        mongo.save(preference);
        recipients.newsletter(memberId, wanted);
        return;
      } catch (OptimisticLockingFailureException | DuplicateKeyException changedMeanwhile) {
        if (attempt >= ATTEMPTS) {
          throw changedMeanwhile;
        }
      }
    }
  }
}
