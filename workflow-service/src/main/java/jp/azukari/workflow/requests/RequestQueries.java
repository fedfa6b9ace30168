package jp.azukari.workflow.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.azukari.workflow.members.Members;
import jp.azukari.workflow.statuses.RequestType;
import jp.azukari.workflow.statuses.StatusConfiguration;
import jp.azukari.workflow.statuses.StatusConfigurations;
import jp.azukari.workflow.statuses.StatusDef;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads over many requests: the staff list, the board, the alerts. */
@Component
public class RequestQueries {

  /** Members whose name matches a search, at most; more would make no useful list. */
  static final int MAX_NAMED_MEMBERS = 500;

  private final MongoTemplate mongo;
  private final StatusConfigurations configurations;
  private final AttentionCriteria attention;
  private final Members members;
  private final RequestViews views;
  private final Clock clock;

  RequestQueries(
      MongoTemplate mongo,
      StatusConfigurations configurations,
      AttentionCriteria attention,
      Members members,
      RequestViews views,
      Clock clock) {
    this.mongo = mongo;
    this.configurations = configurations;
    this.attention = attention;
    this.members = members;
    this.views = views;
    this.clock = clock;
  }

  RequestPage search(RequestSearch search) {
    Query query = new Query(criteria(search));
    long total = mongo.count(query, Request.class);
    query.with(search.sort()).skip((long) search.page() * search.size()).limit(search.size());
    List<Request> requests = mongo.find(query, Request.class);
    return RequestPage.of(views.views(requests), search.size(), search.page(), total);
  }

  private Criteria criteria(RequestSearch search) {
    var all = new ArrayList<Criteria>();
    if (search.type() != null) {
      all.add(Criteria.where("type").is(search.type().name()));
    }
    if (!search.statuses().isEmpty()) {
      all.add(Criteria.where("status").in(search.statuses()));
    }
    if (search.memberId() != null) {
      all.add(Criteria.where("memberId").is(search.memberId()));
    }
    if (Boolean.TRUE.equals(search.onHold())) {
      all.add(Criteria.where("hold").ne(null));
    } else if (Boolean.FALSE.equals(search.onHold())) {
      all.add(Criteria.where("hold").is(null));
    }
    if (search.q() != null) {
      all.add(matching(search.q()));
    }
    if (!search.attention().isEmpty()) {
      all.add(attention.any(search.attention(), configurationsOf(search.type()), clock.instant()));
    }
    return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
  }

  /** A request number (or part of it, e.g. {@code 12} for R-000012) or a member's name. */
  private Criteria matching(String q) {
    var any = new ArrayList<Criteria>();
    any.add(
        Criteria.where("number")
            .regex(java.util.regex.Pattern.quote(q.toUpperCase(java.util.Locale.ROOT))));
    List<String> named = members.idsNamed(q, MAX_NAMED_MEMBERS);
    if (!named.isEmpty()) {
      any.add(Criteria.where("memberId").in(named));
    }
    return any.size() == 1 ? any.getFirst() : new Criteria().orOperator(any);
  }

  /**
   * The board of {@code type}: every status that is not retired, and retired ones that still hold
   * requests, in order. Open columns list the requests waiting longest first; terminal ones the
   * latest first.
   */
  BoardView board(RequestType type, int limit) {
    StatusConfiguration configuration = configurations.of(type);
    var columns = new ArrayList<BoardView.Column>();
    for (StatusDef status : configuration.statuses()) {
      Criteria inStatus = Criteria.where("type").is(type.name()).and("status").is(status.code());
      long total = mongo.count(new Query(inStatus), Request.class);
      if (status.retired() && total == 0) {
        continue;
      }
      var direction = status.terminal() ? Sort.Direction.DESC : Sort.Direction.ASC;
      List<Request> requests =
          total == 0
              ? List.of()
              : mongo.find(
                  new Query(inStatus)
                      .with(Sort.by(direction, "statusSince").and(Sort.by("_id")))
                      .limit(limit),
                  Request.class);
      columns.add(new BoardView.Column(status, total, views.views(requests)));
    }
    return new BoardView(type.name(), columns);
  }

  /** How many requests need each kind of attention now. */
  public Map<Attention, Long> attentionCounts() {
    List<StatusConfiguration> all = configurations.all();
    Instant now = clock.instant();
    var counts = new EnumMap<Attention, Long>(Attention.class);
    for (Attention kind : Attention.values()) {
      counts.put(kind, mongo.count(new Query(attention.of(kind, all, now)), Request.class));
    }
    return counts;
  }

  /** Requests that need any attention now, the longest in their status first. */
  public List<RequestView> needingAttention(int limit) {
    Query query =
        new Query(
                attention.any(
                    EnumSet.allOf(Attention.class), configurations.all(), clock.instant()))
            .with(Sort.by(Sort.Direction.ASC, "statusSince").and(Sort.by("_id")))
            .limit(limit);
    return views.views(mongo.find(query, Request.class));
  }

  /** Ids of requests past their time limit whose stay was not announced yet. */
  public List<String> overdueNotAnnounced(int limit) {
    Query query =
        new Query(
                new Criteria()
                    .andOperator(
                        attention.any(
                            Set.of(Attention.OVERDUE, Attention.KIT_NOT_RETURNED),
                            configurations.all(),
                            clock.instant()),
                        Criteria.where("overdueAnnounced").ne(true)))
            .with(Sort.by(Sort.Direction.ASC, "statusSince"))
            .limit(limit);
    query.fields().include("_id");
    return mongo.find(query, Request.class).stream().map(Request::id).toList();
  }

  private List<StatusConfiguration> configurationsOf(RequestType type) {
    return type == null ? configurations.all() : List.of(configurations.of(type));
  }
}
