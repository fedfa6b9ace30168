package jp.azukari.notification.segment;

import static jp.azukari.notification.recipient.MemberAttributes.ACCOUNT_STATUS;
import static jp.azukari.notification.recipient.MemberAttributes.EMAIL;
import static jp.azukari.notification.recipient.MemberAttributes.ERASED_AT;
import static jp.azukari.notification.recipient.MemberAttributes.LAST_ACTIVE_AT;
import static jp.azukari.notification.recipient.MemberAttributes.MERGED_INTO;
import static jp.azukari.notification.recipient.MemberAttributes.NEWSLETTER;
import static jp.azukari.notification.recipient.MemberAttributes.PREFECTURE;
import static jp.azukari.notification.recipient.MemberAttributes.VERIFICATION;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.notification.recipient.MailRecipients;
import jp.azukari.notification.recipient.Recipient;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Turns segments into selections over the recipient read model, and counts and walks them. */
@Component
public class Segments {

  private final MailRecipients recipients;
  private final Clock clock;

  Segments(MailRecipients recipients, Clock clock) {
    this.recipients = recipients;
    this.clock = clock;
  }

  /** How many members are in the segment (with or without an address). */
  public long count(Segment segment) {
    return recipients.count(criteria(segment, false));
  }

  /** How many members of the segment have an address to mail. */
  public long countMailable(Segment segment) {
    return recipients.count(criteria(segment, true));
  }

  /** The next members of the segment after {@code afterId} in id order. */
  public List<Recipient> after(Segment segment, boolean mailableOnly, String afterId, int limit) {
    return recipients.after(criteria(segment, mailableOnly), afterId, limit);
  }

  Criteria criteria(Segment segment, boolean mailableOnly) {
    List<Criteria> all = new ArrayList<>();
    all.add(Criteria.where(ERASED_AT).exists(false));
    all.add(Criteria.where(MERGED_INTO).exists(false));
    if (mailableOnly) {
      all.add(Criteria.where(EMAIL).exists(true).nin("", null));
    }
    if (segment == null) {
      return new Criteria().andOperator(all);
    }
    if (present(segment.accountStatus())) {
      all.add(Criteria.where(ACCOUNT_STATUS).in(segment.accountStatus()));
    }
    if (present(segment.prefectures())) {
      all.add(Criteria.where(PREFECTURE).in(segment.prefectures()));
    }
    if (present(segment.verification())) {
      all.add(Criteria.where(VERIFICATION).in(segment.verification()));
    }
    if (segment.lastActiveWithinDays() != null) {
      all.add(
          Criteria.where(LAST_ACTIVE_AT)
              .gte(clock.instant().minus(Duration.ofDays(segment.lastActiveWithinDays()))));
    }
    if (segment.onlyOptedIn()) {
      all.add(Criteria.where(NEWSLETTER).ne(false));
    }
    return new Criteria().andOperator(all);
  }

  private static boolean present(List<String> values) {
    return values != null && !values.isEmpty();
  }
}
