package jp.azukari.notification.recipient;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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

  /** Records the member's newsletter choice on the read model that segments select from. */
  public void newsletter(String memberId, boolean optedIn) {
    mongo.upsert(
        Query.query(Criteria.where("_id").is(memberId)),
        new Update().set(MailRecipient.NEWSLETTER, optedIn),
        MailRecipient.class);
  }

  /** How many members the criteria (over {@link MemberAttributes}) select. */
  public long count(Criteria criteria) {
    return mongo.count(Query.query(criteria), MailRecipient.class);
  }

  /**
   * The next members the criteria select, in id order after {@code afterId} ({@code null} for the
   * first), so that a long walk can stop and resume where it stopped. Each with their own address
   * (or {@code null}) and name; no language.
   */
  public List<Recipient> after(Criteria criteria, String afterId, int limit) {
    var query =
        afterId == null
            ? Query.query(criteria)
            : Query.query(new Criteria().andOperator(criteria, Criteria.where("_id").gt(afterId)));
    return mongo.find(query.with(Sort.by("_id")).limit(limit), MailRecipient.class).stream()
        .map(r -> new Recipient(r.id(), r.email(), r.name(), null))
        .toList();
  }
}
