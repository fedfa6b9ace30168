package jp.azukari.inquiry.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.InquiryState;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.web.InvalidRequestException;
import jp.azukari.platform.web.Paging;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Lists, counts, labels and alerts of the inbox. */
@Service
class InquiryQueries {

  static final Map<String, List<String>> SORTABLE =
      Map.of(
          "lastMessageAt", List.of("lastMessageAt"),
          "lastCustomerMessageAt", List.of("lastCustomerMessageAt"),
          "createdAt", List.of("createdAt"),
          "number", List.of("number"),
          "state", List.of("state"));

  /** What a list is filtered by; every part may be {@code null}. */
  record Filter(
      String state,
      String assignee,
      String label,
      String channel,
      String memberId,
      String q,
      Boolean unanswered) {}

  record PageInfo(int size, int number, long totalElements, int totalPages) {}

  record InquiryPage(List<InquiryViews.InquiryView> content, PageInfo page) {}

  record LabelCount(String label, long count) {}

  record Alerts(List<InquiryViews.InquiryView> openedUnanswered) {}

  private final MongoTemplate mongo;
  private final InquiryViews views;
  private final Openings openings;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final InboxProperties properties;

  InquiryQueries(
      MongoTemplate mongo,
      InquiryViews views,
      Openings openings,
      CurrentActor currentActor,
      Clock clock,
      InboxProperties properties) {
    this.mongo = mongo;
    this.views = views;
    this.openings = openings;
    this.currentActor = currentActor;
    this.clock = clock;
    this.properties = properties;
  }

  InquiryPage search(Filter filter, Integer page, Integer size, String sort) {
    int number = Paging.page(page);
    int pageSize = Paging.size(size);
    Sort order = Paging.sort(sort, SORTABLE, "lastMessageAt,desc");
    Criteria criteria = criteria(filter);
    long total = mongo.count(Query.query(criteria), Inquiry.class);
    List<Inquiry> found =
        mongo.find(
            Query.query(criteria).with(order).skip((long) number * pageSize).limit(pageSize),
            Inquiry.class);
    return new InquiryPage(
        views.list(found),
        new PageInfo(pageSize, number, total, (int) ((total + pageSize - 1) / pageSize)));
  }

  Criteria criteria(Filter filter) {
    var parts = new ArrayList<Criteria>();
    if (notBlank(filter.state())) {
      var states = new ArrayList<InquiryState>();
      for (String state : filter.state().split(",")) {
        states.add(parse(InquiryState.class, state, "state"));
      }
      parts.add(Criteria.where("state").in(states));
    }
    if (notBlank(filter.assignee())) {
      String assignee = filter.assignee().strip();
      parts.add(
          switch (assignee) {
            case "me" -> Criteria.where("assigneeId").is(currentActor.get().id());
            case "none" -> Criteria.where("assigneeId").is(null);
            default -> Criteria.where("assigneeId").is(assignee);
          });
    }
    if (notBlank(filter.label())) {
      parts.add(Criteria.where("labels").is(filter.label().strip()));
    }
    if (notBlank(filter.channel())) {
      parts.add(Criteria.where("channel").is(parse(Channel.class, filter.channel(), "channel")));
    }
    if (notBlank(filter.memberId())) {
      parts.add(Criteria.where("memberId").is(filter.memberId().strip()));
    }
    if (filter.unanswered() != null) {
      parts.add(Criteria.where("unanswered").is(filter.unanswered()));
    }
    String q = Paging.query(filter.q());
    if (notBlank(q)) {
      for (String word : q.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
        parts.add(Criteria.where("searchText").regex(Pattern.quote(word)));
      }
    }
    return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
  }

  Map<String, Long> counts() {
    var counts = new LinkedHashMap<String, Long>();
    for (InquiryState state : InquiryState.values()) {
      counts.put(
          state.name(), mongo.count(Query.query(Criteria.where("state").is(state)), Inquiry.class));
    }
    Criteria open = Criteria.where("state").ne(InquiryState.DONE);
    counts.put(
        "mine",
        mongo.count(
            Query.query(
                new Criteria()
                    .andOperator(open, Criteria.where("assigneeId").is(currentActor.get().id()))),
            Inquiry.class));
    counts.put(
        "unassigned",
        mongo.count(
            Query.query(new Criteria().andOperator(open, Criteria.where("assigneeId").is(null))),
            Inquiry.class));
    return counts;
  }

  List<LabelCount> labels() {
    var aggregation =
        Aggregation.newAggregation(
            Aggregation.unwind("labels"),
            Aggregation.group("labels").count().as("count"),
            Aggregation.sort(Sort.by(Sort.Direction.DESC, "count").and(Sort.by("_id"))));
    return mongo.aggregate(aggregation, "inquiries", Document.class).getMappedResults().stream()
        .map(doc -> new LabelCount(doc.getString("_id"), ((Number) doc.get("count")).longValue()))
        .toList();
  }

  /** Inquiries someone opened whose customer has waited longer than the configured time. */
  Alerts alerts() {
    var waitingSince = clock.instant().minus(properties.unansweredAfter());
    List<Inquiry> waiting =
        mongo.find(
            Query.query(
                    Criteria.where("unanswered")
                        .is(true)
                        .and("state")
                        .ne(InquiryState.DONE)
                        .and("mergedInto")
                        .is(null)
                        .and("lastCustomerMessageAt")
                        .lt(waitingSince))
                .with(Sort.by("lastCustomerMessageAt", "_id"))
                .limit(500),
            Inquiry.class);
    Set<String> opened = openings.opened(waiting.stream().map(Inquiry::id).toList());
    return new Alerts(views.list(waiting.stream().filter(i -> opened.contains(i.id())).toList()));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("Unknown " + name + ": " + value.strip());
    }
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
