package jp.azukari.workflow.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.sequence.NumberSequence;
import jp.azukari.platform.sequence.Sequences;
import jp.azukari.workflow.members.Members;
import jp.azukari.workflow.statuses.RequestType;
import jp.azukari.workflow.statuses.StatusConfiguration;
import jp.azukari.workflow.statuses.StatusConfigurations;
import jp.azukari.workflow.statuses.StatusDef;
import jp.azukari.workflow.web.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Requests: started by members or staff, moved by staff along allowed transitions (one by one or
 * many at once), put on hold, with their member mails switched off or retried. Every edit of one
 * request names the version it was made on.
 */
@Service
public class Requests {

  private static final Logger log = LoggerFactory.getLogger(Requests.class);

  /** How often a write is made again on the fresh request when another write came in between. */
  private static final int WRITE_ATTEMPTS = 3;

  private final RequestRepository repository;

  /** Request numbers members and staff quote, {@code R-000001}. */
  private final NumberSequence numbers;

  private final StatusConfigurations configurations;
  private final Members members;
  private final CurrentActor currentActor;
  private final Clock clock;

  Requests(
      RequestRepository repository,
      Sequences sequences,
      StatusConfigurations configurations,
      Members members,
      CurrentActor currentActor,
      Clock clock) {
    this.repository = repository;
    this.numbers = sequences.numbered("request-number", "R");
    this.configurations = configurations;
    this.members = members;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  /** The signed-in member asks for delivery kits. */
  Request startByMember(String memberId, int kitCount, String note) {
    members.requireMayStart(memberId, true, false);
    return start(RequestType.KIT, Channel.WEB, memberId, kitCount, note);
  }

  /** Staff start a request for a member who phoned or came to the shop. */
  Request startByStaff(
      String memberId, RequestType type, Channel channel, int kitCount, String note) {
    members.requireMayStart(memberId, type == RequestType.KIT, true);
    return start(type, channel, memberId, kitCount, note);
  }

  private Request start(
      RequestType type, Channel channel, String memberId, int kitCount, String note) {
    StatusConfiguration configuration = configurations.of(type);
    var request =
        Request.start(
            UUID.randomUUID().toString(),
            numbers.next(),
            type,
            channel,
            memberId,
            configuration.initial(),
            kitCount,
            note,
            actor(),
            now());
    return repository.insert(request);
  }

  /**
   * @throws Problem 404 {@code request-unknown}
   */
  public Request get(String id) {
    return repository.findById(id).orElseThrow(RequestProblems::unknown);
  }

  /** The member's own request; another member's is as unknown as one that does not exist. */
  Request own(String memberId, String id) {
    return repository.findByIdAndMemberId(id, memberId).orElseThrow(RequestProblems::unknown);
  }

  /** The member's own requests, newest first. */
  List<Request> own(String memberId) {
    return repository.findByMemberIdOrderByCreatedAtDesc(memberId);
  }

  /**
   * Moves the request to {@code to} if the move is allowed and {@code seenVersion} is current.
   *
   * @throws Problem 409 {@code illegal-transition} or {@code member-not-verified}
   * @throws OptimisticLockingFailureException when the request changed since {@code seenVersion}
   */
  Request move(String id, long seenVersion, String to, String comment) {
    return edit(
        id,
        seenVersion,
        request -> {
          moveNow(request, to, comment);
          return true;
        });
  }

  private void moveNow(Request request, String to, String comment) {
    StatusConfiguration configuration = configurations.of(request.type());
    boolean verified = members.facts(request.memberId()).verified();
    TransitionRules.refusal(configuration, request.status(), to, verified)
        .ifPresent(
            refusal -> {
              throw RequestProblems.refused(refusal);
            });
    StatusDef current = configuration.statusOrUnknown(request.status());
    StatusDef target = configuration.status(to).orElseThrow();
    request.moveTo(current, target, blankToNull(comment), actor(), now());
  }

  /** The outcome of moving one request of a bulk move. */
  record BulkOutcome(String requestId, String number, boolean moved, BulkProblem problem) {}

  /** Why one request of a bulk move did not move. */
  record BulkProblem(String code, String detail) {}

  /**
   * Moves each request to {@code to} on its own: a refusal of one does not stop the others. Each is
   * moved from whatever status it is in now (a concurrent change is retried on the fresh request).
   */
  List<BulkOutcome> moveEach(List<String> ids, String to, String comment) {
    var outcomes = new ArrayList<BulkOutcome>();
    for (String id : new LinkedHashSet<>(ids)) {
      outcomes.add(moveOne(id, to, comment));
    }
    return outcomes;
  }

  private BulkOutcome moveOne(String id, String to, String comment) {
    for (int attempt = 1; ; attempt++) {
      Request request = repository.findById(id).orElse(null);
      if (request == null) {
        Problem unknown = RequestProblems.unknown();
        return new BulkOutcome(id, null, false, new BulkProblem(unknown.code(), unknown.detail()));
      }
      try {
        moveNow(request, to, comment);
        repository.save(request);
        return new BulkOutcome(id, request.number(), true, null);
      } catch (Problem refused) {
        return new BulkOutcome(
            id, request.number(), false, new BulkProblem(refused.code(), refused.detail()));
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        if (attempt == WRITE_ATTEMPTS) {
          return new BulkOutcome(
              id,
              request.number(),
              false,
              new BulkProblem(
                  "concurrent-change",
                  "Someone else changed this request at the same moment; try it again."));
        }
      }
    }
  }

  /** Puts the request on hold with {@code note} (or changes the note). */
  Request hold(String id, long seenVersion, String note) {
    return edit(id, seenVersion, request -> request.hold(note.strip(), actor(), now()));
  }

  /** Releases the request from its hold; without a version, whatever version is current. */
  Request release(String id, Long seenVersion) {
    return edit(id, seenVersion, request -> request.release(now()));
  }

  Request switchMemberMail(String id, long seenVersion, boolean enabled) {
    return edit(id, seenVersion, request -> request.switchMemberMail(enabled, now()));
  }

  /**
   * Sends the member mail of the request's current status again after it failed.
   *
   * @throws Problem 409 {@code no-mail-failure} when no failure is recorded
   */
  Request retryMemberMail(String id) {
    Request request = get(id);
    if (request.mailFailure() == null) {
      throw RequestProblems.noMailFailure();
    }
    StatusDef current = configurations.of(request.type()).statusOrUnknown(request.status());
    request.retryMemberMail(current, now());
    return repository.save(request);
  }

  /**
   * notification-service could not deliver a mail about the request; unknown requests are ignored.
   */
  public void mailFailed(String requestId, String reason, Instant at) {
    repository
        .findById(requestId)
        .filter(request -> request.mailFailed(reason, at))
        .ifPresent(repository::save);
  }

  /** notification-service delivered a mail about the request. */
  public void mailDelivered(String requestId, Instant at) {
    repository
        .findById(requestId)
        .filter(request -> request.mailDelivered(at))
        .ifPresent(repository::save);
  }

  /**
   * Announces that the request is past its status's time limit, unless that was announced for this
   * stay already or the request is no longer overdue.
   *
   * @return whether it was announced now
   */
  public boolean announceOverdue(String id) {
    Request request = repository.findById(id).orElse(null);
    if (request == null || request.overdueAnnounced()) {
      return false;
    }
    StatusDef status = configurations.of(request.type()).statusOrUnknown(request.status());
    Instant dueAt = AttentionRules.dueAt(request, status);
    if (!AttentionRules.overdue(dueAt, clock.instant())) {
      return false;
    }
    if (!request.announceOverdue(dueAt, AttentionRules.overdueKind(status).name())) {
      return false;
    }
    try {
      repository.save(request);
      return true;
    } catch (OptimisticLockingFailureException changedMeanwhile) {
      log.debug("Request {} changed while announcing it overdue; next run decides", id);
      return false;
    }
  }

  /**
   * Applies a person's change to the request they saw at {@code seenVersion} (its revision). When
   * the system recorded something on the request in between (a mail's outcome), the change is made
   * again on the fresh request: that is not someone else's edit.
   */
  private Request edit(String id, Long seenVersion, Predicate<Request> change) {
    for (int attempt = 1; ; attempt++) {
      Request request = current(id, seenVersion);
      if (!change.test(request)) {
        return request;
      }
      try {
        return repository.save(request);
      } catch (OptimisticLockingFailureException writtenMeanwhile) {
        if (attempt == WRITE_ATTEMPTS) {
          throw writtenMeanwhile;
        }
      }
    }
  }

  private Request current(String id, Long seenVersion) {
    Request request = get(id);
    if (seenVersion != null && request.revision() != seenVersion) {
      throw new OptimisticLockingFailureException(
          "Request " + id + " is at revision " + request.revision() + ", not " + seenVersion);
    }
    return request;
  }

  private ActorRef actor() {
    return ActorRef.of(currentActor.get());
  }

  /** Now, to the millisecond MongoDB stores, so an answer shows what a later read will. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
