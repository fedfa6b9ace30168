package jp.azukari.notification.recipient;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Finds where to mail a member, from the notification-service's own read model. */
@Component
public class MailRecipients {

  /** Merges of merges are followed this far at most. */
  private static final int MAX_MERGE_HOPS = 5;

  private final MongoTemplate mongo;

  MailRecipients(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * The address to mail the member at: their own, or, for a record merged into another, the
   * surviving record's. Empty when no address is known: never heard of, erased, or merged into a
   * record without one.
   */
  public Optional<Recipient> find(String memberId) {
    if (memberId == null) {
      return Optional.empty();
    }
    Set<String> seen = new HashSet<>();
    MailRecipient recipient = mongo.findById(memberId, MailRecipient.class);
    while (recipient != null
        && recipient.mergedInto() != null
        && seen.add(recipient.id())
        && seen.size() <= MAX_MERGE_HOPS) {
      recipient = mongo.findById(recipient.mergedInto(), MailRecipient.class);
    }
    if (recipient == null
        || recipient.erased()
        || recipient.mergedInto() != null
        || recipient.email() == null
        || recipient.email().isBlank()) {
      return Optional.empty();
    }
    MailLanguage language = mongo.findById(MailLanguage.key(recipient.email()), MailLanguage.class);
    return Optional.of(
        new Recipient(
            memberId,
            recipient.email(),
            recipient.name(),
            language == null ? null : language.language()));
  }
}
