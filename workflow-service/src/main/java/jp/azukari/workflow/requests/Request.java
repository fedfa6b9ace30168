package jp.azukari.workflow.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.workflow.MemberMail;
import jp.azukari.contracts.workflow.RequestCreated;
import jp.azukari.contracts.workflow.RequestHoldChanged;
import jp.azukari.contracts.workflow.RequestMemberMailRetried;
import jp.azukari.contracts.workflow.RequestMemberMailSwitched;
import jp.azukari.contracts.workflow.RequestOverdue;
import jp.azukari.contracts.workflow.RequestStatusChanged;
import jp.azukari.platform.events.OutboxAggregate;
import jp.azukari.workflow.statuses.RequestType;
import jp.azukari.workflow.statuses.StatusDef;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 申込: one consignment job of one member, moving through the statuses of its type. Which moves are
 * allowed is decided by {@link TransitionRules} against the type's configuration; this records and
 * announces them. Every change is an event in the same document write.
 */
@Document("requests")
@CompoundIndex(name = "member_requests", def = "{'memberId': 1, 'createdAt': -1}")
@CompoundIndex(name = "status_since", def = "{'type': 1, 'status': 1, 'statusSince': 1}")
@CompoundIndex(name = "status_history", def = "{'type': 1, 'history.to': 1}")
@CompoundIndex(name = "created", def = "{'createdAt': -1}")
public class Request extends OutboxAggregate {

  @Id private String id;

  @Indexed(unique = true)
  private String number;

  private String type;
  private Channel channel;
  private String memberId;
  private String status;
  private Instant statusSince;
  private List<HistoryEntry> history = new ArrayList<>();
  private Hold hold;
  private boolean memberMail = true;
  private MailFailure mailFailure;
  private Instant mailDeliveredAt;

  /**
   * Counts the changes people make (moves, holds, the mail switch, retries): what an edit names in
   * {@code If-Match}. What the system records on its own (a mail's outcome, an overdue notice)
   * moves only the document's version, so it never makes a staff member's next edit look stale.
   */
  private long revision;

  private int kitCount;
  private String note;
  private Instant createdAt;
  private Instant updatedAt;

  /** Whether {@link RequestOverdue} was announced for the current stay in {@link #status}. */
  private boolean overdueAnnounced;

  protected Request() {}

  /** A new request in its type's initial status, announced as created. */
  static Request start(
      String id,
      String number,
      RequestType type,
      Channel channel,
      String memberId,
      StatusDef initial,
      int kitCount,
      String note,
      ActorRef actor,
      Instant now) {
    var request = new Request();
    request.id = id;
    request.number = number;
    request.type = type.name();
    request.channel = channel;
    request.memberId = memberId;
    request.status = initial.code();
    request.statusSince = now;
    request.history.add(new HistoryEntry(null, initial.code(), null, actor, now));
    request.kitCount = kitCount;
    request.note = note;
    request.createdAt = now;
    request.updatedAt = now;
    request.registerEvent(
        new RequestCreated(
            id,
            number,
            memberId,
            type.name(),
            initial.code(),
            channel.name(),
            note,
            initial.itemsReceived()));
    return request;
  }

  /**
   * Moves the request from {@code current} (its status) to {@code target}, a move {@link
   * TransitionRules} allowed. The member is mailed when the target mails on entry and the request's
   * member mail is on. A failed mail of the status it leaves is no longer retried.
   */
  void moveTo(StatusDef current, StatusDef target, String comment, ActorRef actor, Instant now) {
    if (!current.code().equals(status)) {
      throw new IllegalStateException("Request " + number + " is not in " + current.code());
    }
    boolean itemsReceived = target.itemsReceived() && !current.itemsReceived();
    MemberMail mail = target.mailOnEntry() && memberMail ? mailOf(target) : null;
    history.add(new HistoryEntry(status, target.code(), comment, actor, now));
    status = target.code();
    statusSince = now;
    mailFailure = null;
    overdueAnnounced = false;
    revision++;
    updatedAt = now;
    registerEvent(
        new RequestStatusChanged(
            id,
            number,
            memberId,
            type,
            current.code(),
            target.code(),
            comment,
            itemsReceived,
            mail));
  }

  /**
   * Puts the request on hold with {@code note}, or changes the note of its hold.
   *
   * @return whether anything changed
   */
  boolean hold(String newNote, ActorRef by, Instant now) {
    String before = hold == null ? null : hold.note();
    if (Objects.equals(before, newNote)) {
      return false;
    }
    hold = new Hold(newNote, hold == null ? now : hold.since(), by.id(), by.name());
    revision++;
    updatedAt = now;
    registerEvent(
        new RequestHoldChanged(
            id, memberId, true, List.of(new FieldChange("hold.note", before, newNote))));
    return true;
  }

  /**
   * Releases the request from its hold.
   *
   * @return whether it was on hold
   */
  boolean release(Instant now) {
    if (hold == null) {
      return false;
    }
    String before = hold.note();
    hold = null;
    revision++;
    updatedAt = now;
    registerEvent(
        new RequestHoldChanged(
            id, memberId, false, List.of(new FieldChange("hold.note", before, null))));
    return true;
  }

  /**
   * Switches the automatic member mails of this request off (an exceptional case) or on.
   *
   * @return whether anything changed
   */
  boolean switchMemberMail(boolean enabled, Instant now) {
    if (memberMail == enabled) {
      return false;
    }
    memberMail = enabled;
    revision++;
    updatedAt = now;
    registerEvent(new RequestMemberMailSwitched(id, memberId, enabled));
    return true;
  }

  /**
   * Asks for the member mail of the current status again after it failed; the failure is cleared
   * until notification-service reports the outcome of the new attempt.
   *
   * @throws IllegalStateException when no failure is recorded
   */
  void retryMemberMail(StatusDef current, Instant now) {
    if (mailFailure == null) {
      throw new IllegalStateException("Request " + number + " has no failed mail");
    }
    mailFailure = null;
    revision++;
    updatedAt = now;
    registerEvent(new RequestMemberMailRetried(id, number, memberId, status, mailOf(current)));
  }

  /**
   * notification-service could not deliver a mail about this request. A failure reported after a
   * later mail was delivered is out of date and ignored.
   *
   * @param at when the failure was announced
   * @return whether anything changed
   */
  boolean mailFailed(String reason, Instant at) {
    if (mailDeliveredAt != null && at.isBefore(mailDeliveredAt)) {
      return false;
    }
    var failure = new MailFailure(reason, at);
    if (failure.equals(mailFailure)) {
      return false;
    }
    mailFailure = failure;
    return true;
  }

  /**
   * notification-service delivered a mail about this request: an earlier failure is over.
   *
   * @param at when the delivery was announced
   * @return whether anything changed
   */
  boolean mailDelivered(Instant at) {
    if (mailDeliveredAt != null && !at.isAfter(mailDeliveredAt)) {
      return false;
    }
    mailDeliveredAt = at;
    if (mailFailure != null && !mailFailure.at().isAfter(at)) {
      mailFailure = null;
    }
    return true;
  }

  /**
   * Announces that the request stayed in its status past the time limit, once per stay.
   *
   * @param kind {@code OVERDUE} or {@code KIT_NOT_RETURNED}
   * @return whether it was announced now (false when it was already)
   */
  boolean announceOverdue(Instant dueAt, String kind) {
    if (overdueAnnounced) {
      return false;
    }
    overdueAnnounced = true;
    registerEvent(new RequestOverdue(id, memberId, status, dueAt, kind));
    return true;
  }

  private static MemberMail mailOf(StatusDef status) {
    return new MemberMail(status.mailTemplateOrDefault(), status.memberLabel().byLanguage());
  }

  public String id() {
    return id;
  }

  public String number() {
    return number;
  }

  public RequestType type() {
    return RequestType.valueOf(type);
  }

  public Channel channel() {
    return channel;
  }

  public String memberId() {
    return memberId;
  }

  /** The code of the current status. */
  public String status() {
    return status;
  }

  public Instant statusSince() {
    return statusSince;
  }

  public List<HistoryEntry> history() {
    return List.copyOf(history);
  }

  /** The hold, {@code null} when the request is not on hold. */
  public Hold hold() {
    return hold;
  }

  /** Whether entering a status that mails on entry mails the member. */
  public boolean memberMail() {
    return memberMail;
  }

  /** The last failed member mail, {@code null} when none is outstanding. */
  public MailFailure mailFailure() {
    return mailFailure;
  }

  public int kitCount() {
    return kitCount;
  }

  public String note() {
    return note;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The number of changes people made, the request's {@code ETag}. */
  public long revision() {
    return revision;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  boolean overdueAnnounced() {
    return overdueAnnounced;
  }
}
