package jp.azukari.workflow.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import jp.azukari.workflow.members.Members;
import jp.azukari.workflow.statuses.StatusConfiguration;
import jp.azukari.workflow.statuses.StatusDef;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The same rules as {@link AttentionRules}, as MongoDB queries over every request: the list's
 * {@code attention=} filter, the alert counts and the overdue announcements ask the database rather
 * than reading every request. Time limits come from the current configuration and the current time,
 * so no stored due date can go stale.
 */
@Component
class AttentionCriteria {

  private final MongoTemplate mongo;
  private final Members members;

  AttentionCriteria(MongoTemplate mongo, Members members) {
    this.mongo = mongo;
    this.members = members;
  }

  /** Requests that need at least one of {@code kinds} of attention at {@code now}. */
  Criteria any(Collection<Attention> kinds, List<StatusConfiguration> configurations, Instant now) {
    var any = new ArrayList<Criteria>();
    for (Attention kind : kinds) {
      any.add(of(kind, configurations, now));
    }
    return any.size() == 1 ? any.getFirst() : new Criteria().orOperator(any);
  }

  Criteria of(Attention kind, List<StatusConfiguration> configurations, Instant now) {
    return switch (kind) {
      case OVERDUE, KIT_NOT_RETURNED -> overdue(kind, configurations, now);
      case UNVERIFIED_MEMBER_ITEMS -> unverifiedMemberItems(configurations);
      case MAIL_FAILED -> Criteria.where("mailFailure").ne(null);
    };
  }

  private static Criteria overdue(
      Attention kind, List<StatusConfiguration> configurations, Instant now) {
    var any = new ArrayList<Criteria>();
    for (StatusConfiguration configuration : configurations) {
      for (StatusDef status : configuration.statuses()) {
        if (status.timeLimited() && AttentionRules.overdueKind(status) == kind) {
          any.add(
              Criteria.where("type")
                  .is(configuration.type().name())
                  .and("status")
                  .is(status.code())
                  .and("statusSince")
                  .lte(now.minus(Duration.ofHours(status.timeLimitHours()))));
        }
      }
    }
    return anyOf(any);
  }

  /**
   * Requests with items in the shop whose member is not verified. The members are looked up among
   * those with such requests only (the shop's work in progress), not among all members.
   */
  private Criteria unverifiedMemberItems(List<StatusConfiguration> configurations) {
    var any = new ArrayList<Criteria>();
    for (StatusConfiguration configuration : configurations) {
      Set<String> inShop = configuration.itemsInShopStatuses();
      if (inShop.isEmpty()) {
        continue;
      }
      Criteria candidates =
          Criteria.where("type").is(configuration.type().name()).and("status").in(inShop);
      List<String> memberIds =
          mongo.findDistinct(new Query(candidates), "memberId", Request.class, String.class);
      Set<String> unverified = members.unverifiedAmong(memberIds);
      if (!unverified.isEmpty()) {
        any.add(
            Criteria.where("type")
                .is(configuration.type().name())
                .and("status")
                .in(inShop)
                .and("memberId")
                .in(unverified));
      }
    }
    return anyOf(any);
  }

  private static Criteria anyOf(List<Criteria> any) {
    if (any.isEmpty()) {
      return nothing();
    }
    return any.size() == 1 ? any.getFirst() : new Criteria().orOperator(any);
  }

  /** Matches no request. */
  static Criteria nothing() {
    return Criteria.where("_id").in(List.of());
  }
}
