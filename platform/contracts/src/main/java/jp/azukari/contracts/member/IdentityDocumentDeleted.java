package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A member deleted an identity document that was still waiting for review; its content is gone.
 *
 * @param memberId the member the document belonged to (also the event's subject)
 * @param documentId the document's id
 * @param kind what the document was, e.g. {@code PASSPORT}
 * @param side {@code FRONT} or {@code BACK}
 */
@EventType("member.IdentityDocumentDeleted")
public record IdentityDocumentDeleted(String memberId, String documentId, String kind, String side)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
