package jp.azukari.member.changerequest;

import java.time.Instant;
import java.util.List;
import jp.azukari.contracts.FieldChange;

/**
 * A change request as screens show it: each field with its value when requested and the requested
 * value (account number masked).
 *
 * @param decidedBy the deciding staff member's id; only staff see it
 * @param rejectionReason why staff rejected it, in words the member reads
 */
record ChangeRequestView(
    String id,
    String memberId,
    String memberName,
    ChangeRequest.Kind kind,
    ChangeRequest.State state,
    List<FieldChange> changes,
    Instant requestedAt,
    Instant updatedAt,
    Instant decidedAt,
    String decidedBy,
    String rejectionReason) {

  static ChangeRequestView forStaff(ChangeRequest request) {
    return new ChangeRequestView(
        request.id(),
        request.memberId(),
        request.memberName(),
        request.kind(),
        request.state(),
        request.changes(),
        request.requestedAt(),
        request.updatedAt(),
        request.decidedAt(),
        request.decidedBy(),
        request.rejectionReason());
  }

  static ChangeRequestView forMember(ChangeRequest request) {
    return new ChangeRequestView(
        request.id(),
        request.memberId(),
        request.memberName(),
        request.kind(),
        request.state(),
        request.changes(),
        request.requestedAt(),
        request.updatedAt(),
        request.decidedAt(),
        null,
        request.rejectionReason());
  }
}
