package jp.azukari.workflow.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.workflow.members.MemberFacts;
import jp.azukari.workflow.statuses.StatusConfiguration;
import jp.azukari.workflow.statuses.StatusDef;

/**
 * What needs attention about one request, computed when it is read so that a view is never stale: a
 * stay past the status's time limit (KIT_NOT_RETURNED where the kit is with the member, OVERDUE
 * elsewhere), items in the shop from a member not verified, a failed member mail.
 */
final class AttentionRules {

  private AttentionRules() {}

  /** When the request's time in its status runs out; {@code null} when there is no limit. */
  static Instant dueAt(Request request, StatusDef status) {
    return status.timeLimited()
        ? request.statusSince().plus(Duration.ofHours(status.timeLimitHours()))
        : null;
  }

  /** Whether the time limit ran out at {@code now}. */
  static boolean overdue(Instant dueAt, Instant now) {
    return dueAt != null && !now.isBefore(dueAt);
  }

  /** The kind of overdue a request in {@code status} is: OVERDUE or KIT_NOT_RETURNED. */
  static Attention overdueKind(StatusDef status) {
    return status.kitWithMember() ? Attention.KIT_NOT_RETURNED : Attention.OVERDUE;
  }

  static List<Attention> of(
      Request request, StatusConfiguration configuration, MemberFacts member, Instant now) {
    var attention = new ArrayList<Attention>();
    StatusDef status = configuration.statusOrUnknown(request.status());
    if (overdue(dueAt(request, status), now)) {
      attention.add(overdueKind(status));
    }
    if (configuration.itemsInShopStatuses().contains(request.status()) && !member.verified()) {
      attention.add(Attention.UNVERIFIED_MEMBER_ITEMS);
    }
    if (request.mailFailure() != null) {
      attention.add(Attention.MAIL_FAILED);
    }
    return List.copyOf(attention);
  }
}
