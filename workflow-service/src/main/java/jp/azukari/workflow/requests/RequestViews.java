package jp.azukari.workflow.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.azukari.workflow.members.MemberFacts;
import jp.azukari.workflow.members.Members;
import jp.azukari.workflow.statuses.RequestType;
import jp.azukari.workflow.statuses.StatusConfiguration;
import jp.azukari.workflow.statuses.StatusConfigurations;
import jp.azukari.workflow.statuses.StatusDef;
import org.springframework.stereotype.Component;

/**
 * Turns requests into what the API shows, with the current configuration's names and colours, the
 * members' names and verification, and attention computed at this moment.
 */
@Component
public class RequestViews {

  private final StatusConfigurations configurations;
  private final Members members;
  private final Clock clock;

  RequestViews(StatusConfigurations configurations, Members members, Clock clock) {
    this.configurations = configurations;
    this.members = members;
    this.clock = clock;
  }

  /** What the views of a batch of requests share: configurations and members, read once. */
  private record Context(
      Map<RequestType, StatusConfiguration> configurations,
      Map<String, MemberFacts> members,
      Instant now) {}

  public List<RequestView> views(List<Request> requests) {
    Context context = context(requests);
    return requests.stream().map(request -> view(request, context)).toList();
  }

  public RequestView view(Request request) {
    return view(request, context(List.of(request)));
  }

  RequestDetail detail(Request request) {
    Context context = context(List.of(request));
    StatusConfiguration configuration = context.configurations().get(request.type());
    boolean verified = context.members().get(request.memberId()).verified();
    return new RequestDetail(
        view(request, context),
        TransitionRules.allowed(configuration, request.status(), verified),
        request.history());
  }

  MemberRequestView memberView(Request request) {
    StatusConfiguration configuration = configurations.of(request.type());
    StatusDef status = configuration.statusOrUnknown(request.status());
    return new MemberRequestView(
        request.id(),
        request.number(),
        request.type().name(),
        MemberRequestView.MemberStatus.of(status),
        request.statusSince(),
        MemberRequestView.MemberHold.of(request.hold()),
        request.kitCount(),
        request.note(),
        request.createdAt(),
        request.history().stream()
            .map(
                entry -> {
                  StatusDef entered = configuration.statusOrUnknown(entry.to());
                  return new MemberRequestView.TimelineEntry(
                      entered.code(), entered.memberLabel(), entered.color(), entry.at());
                })
            .toList());
  }

  List<MemberRequestView> memberViews(List<Request> requests) {
    return requests.stream().map(this::memberView).toList();
  }

  private Context context(List<Request> requests) {
    var byType = new EnumMap<RequestType, StatusConfiguration>(RequestType.class);
    requests.forEach(request -> byType.computeIfAbsent(request.type(), configurations::of));
    var facts = members.facts(requests.stream().map(Request::memberId).distinct().toList());
    return new Context(byType, facts, clock.instant());
  }

  private static RequestView view(Request request, Context context) {
    StatusConfiguration configuration = context.configurations().get(request.type());
    MemberFacts member = context.members().get(request.memberId());
    StatusDef status = configuration.statusOrUnknown(request.status());
    Instant dueAt = AttentionRules.dueAt(request, status);
    return new RequestView(
        request.id(),
        request.number(),
        request.type().name(),
        request.channel(),
        request.memberId(),
        member.name(),
        member.verification(),
        RequestView.StatusView.of(status),
        request.statusSince(),
        dueAt,
        AttentionRules.overdue(dueAt, context.now()),
        AttentionRules.of(request, configuration, member, context.now()),
        RequestView.HoldView.of(request.hold()),
        request.memberMail(),
        RequestView.MailFailureView.of(request.mailFailure()),
        request.note(),
        request.kitCount(),
        request.createdAt(),
        request.revision());
  }
}
