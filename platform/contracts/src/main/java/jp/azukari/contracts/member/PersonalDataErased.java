package jp.azukari.contracts.member;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * An admin erased a member's personal data: the record stays, anonymised and WITHDRAWN, with what
 * the law requires the shop to keep (the verification record and the documents' metadata). Names
 * the erased fields, never their values.
 *
 * @param memberId the member's id, which stays (transactions elsewhere refer to it)
 * @param erasedFields the member record's fields that held a value and were erased, by their API
 *     names, e.g. {@code familyName}, {@code address.postalCode}, {@code payoutAccount}
 * @param reason why the data was erased, as the admin wrote it
 * @param documentImagesDeleted how many identity document files were deleted
 * @param changeRequestsErased how many change requests had their values erased
 * @param registrationsDeleted how many sign-up registrations of the address were deleted
 * @param importRowsErased how many import report rows about the member had their values erased
 */
@EventType("member.PersonalDataErased")
public record PersonalDataErased(
    String memberId,
    List<String> erasedFields,
    String reason,
    int documentImagesDeleted,
    int changeRequestsErased,
    int registrationsDeleted,
    int importRowsErased)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
