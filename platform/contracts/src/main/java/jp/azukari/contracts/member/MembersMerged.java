package jp.azukari.contracts.member;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * Staff merged two member records of the same person: the duplicate's empty-in-the-survivor fields,
 * identity documents and change requests went to the survivor, and the duplicate now only points to
 * it. Announced once on each of the two members (the same content, {@code memberId} telling whose
 * history it is in), so either member's audit history shows the merge.
 *
 * @param memberId the member whose history this is: the survivor or the duplicate
 * @param survivorId the record that stays
 * @param duplicateId the record merged into the survivor
 * @param fieldsTaken the survivor's fields filled from the duplicate, before (empty) and after
 *     (account number masked)
 * @param documentIds the identity documents moved from the duplicate to the survivor
 * @param changeRequestIds the change requests moved from the duplicate to the survivor
 */
@EventType("member.MembersMerged")
public record MembersMerged(
    String memberId,
    String survivorId,
    String duplicateId,
    List<FieldChange> fieldsTaken,
    List<String> documentIds,
    List<String> changeRequestIds)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
