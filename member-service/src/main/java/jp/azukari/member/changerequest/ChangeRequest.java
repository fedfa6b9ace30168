package jp.azukari.member.changerequest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.member.ChangeRequestApproved;
import jp.azukari.contracts.member.ChangeRequestRejected;
import jp.azukari.contracts.member.ChangeRequestWithdrawn;
import jp.azukari.contracts.member.ChangeRequested;
import jp.azukari.member.profile.PayoutAccount;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * 会員からの変更依頼: a verified member's change of verified data, applied only after staff approve it.
 * Holds each field's value when requested and the requested value; a requested account number is
 * kept in full only while the request is pending and shown masked everywhere.
 *
 * <p>A member has at most one pending request per {@link Kind}: {@code pendingKey} is set only
 * while pending and unique, so two concurrent edits cannot both open one.
 */
@Document("changeRequests")
@CompoundIndex(name = "member_requests", def = "{'memberId': 1, 'requestedAt': -1}")
public class ChangeRequest extends OutboxAggregate {

  /** What a request changes. */
  public enum Kind {
    PROFILE,
    PAYOUT_ACCOUNT
  }

  /** Where a request stands; only PENDING changes. */
  public enum State {
    PENDING,
    WITHDRAWN,
    APPROVED,
    REJECTED
  }

  /**
   * One requested field.
   *
   * @param before the value when requested (account number masked)
   * @param after the requested value (account number masked)
   */
  public record RequestedField(String field, String before, String after) {}

  @Id private String id;
  private String memberId;
  private String memberName;
  private Kind kind;
  private State state;

  @Indexed(unique = true, sparse = true)
  private String pendingKey;

  private List<RequestedField> fields;
  private PayoutAccount requestedAccount;
  private Instant requestedAt;
  private Instant updatedAt;
  private Instant decidedAt;
  private String decidedBy;
  private String rejectionReason;
  private Instant erasedAt;

  protected ChangeRequest() {}

  static ChangeRequest open(
      String memberId,
      String memberName,
      Kind kind,
      List<RequestedField> fields,
      PayoutAccount requestedAccount,
      Instant now) {
    var request = new ChangeRequest();
    request.id = UUID.randomUUID().toString();
    request.memberId = memberId;
    request.memberName = memberName;
    request.kind = kind;
    request.state = State.PENDING;
    request.pendingKey = memberId + ":" + kind;
    request.fields = List.copyOf(fields);
    request.requestedAccount = requestedAccount;
    request.requestedAt = now;
    request.updatedAt = now;
    request.announceRequested();
    return request;
  }

  /** A later edit of the same kind replaces what the pending request asks for. */
  void replace(List<RequestedField> fields, PayoutAccount requestedAccount, Instant now) {
    requirePending();
    this.fields = List.copyOf(fields);
    this.requestedAccount = requestedAccount;
    this.updatedAt = now;
    announceRequested();
  }

  void withdraw(Instant now) {
    requirePending();
    close(State.WITHDRAWN, now);
    registerEvent(new ChangeRequestWithdrawn(id, memberId, kind.name()));
  }

  void approve(String staffId, boolean reverification, Instant now) {
    requirePending();
    close(State.APPROVED, now);
    decidedBy = staffId;
    registerEvent(new ChangeRequestApproved(id, memberId, kind.name(), changes(), reverification));
  }

  void reject(String staffId, String reason, Instant now) {
    requirePending();
    close(State.REJECTED, now);
    decidedBy = staffId;
    rejectionReason = reason;
    registerEvent(new ChangeRequestRejected(id, memberId, kind.name(), reason));
  }

  /**
   * The member's personal data was erased: a pending request is withdrawn first, then the values go
   * (the fields' names, the kind, the state and the times stay).
   *
   * @return whether anything was erased (false when it was already)
   */
  boolean erase(Instant now) {
    if (erasedAt != null) {
      return false;
    }
    if (state == State.PENDING) {
      withdraw(now);
    }
    fields = fields.stream().map(f -> new RequestedField(f.field(), null, null)).toList();
    memberName = null;
    requestedAccount = null;
    rejectionReason = null;
    erasedAt = now;
    updatedAt = now;
    return true;
  }

  /** When the request's values were erased with the member's personal data; else {@code null}. */
  public Instant erasedAt() {
    return erasedAt;
  }

  /** The fields with before and after values, as events and screens show them. */
  List<FieldChange> changes() {
    return fields.stream().map(f -> new FieldChange(f.field(), f.before(), f.after())).toList();
  }

  private void announceRequested() {
    registerEvent(new ChangeRequested(id, memberId, kind.name(), changes()));
  }

  private void close(State closed, Instant now) {
    state = closed;
    pendingKey = null;
    // The full account number leaves the request with its decision; only the masked one stays.
    requestedAccount = null;
    decidedAt = now;
    updatedAt = now;
  }

  private void requirePending() {
    if (state != State.PENDING) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "This change request is already " + state.name().toLowerCase() + ".");
    }
  }

  public String id() {
    return id;
  }

  public String memberId() {
    return memberId;
  }

  /** The member's name when they asked, family name first, for the staff queue. */
  public String memberName() {
    return memberName;
  }

  public Kind kind() {
    return kind;
  }

  public State state() {
    return state;
  }

  public List<RequestedField> fields() {
    return fields;
  }

  /** The requested payout account in full; {@code null} for a profile request or once decided. */
  PayoutAccount requestedAccount() {
    return requestedAccount;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  /** Why staff rejected it, in words the member reads. */
  public String rejectionReason() {
    return rejectionReason;
  }
}
