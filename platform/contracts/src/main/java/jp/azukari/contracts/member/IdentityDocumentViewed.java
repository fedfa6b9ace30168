package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff opened the content of a member's identity document; the envelope's actor says who. Lets the
 * audit log answer "who looked at this member's documents, and when".
 *
 * @param memberId the member the document belongs to (also the event's subject)
 * @param documentId the document's id
 * @param kind what the document is, e.g. {@code RESIDENCE_CARD}
 * @param side {@code FRONT} or {@code BACK}
 */
@EventType("member.IdentityDocumentViewed")
public record IdentityDocumentViewed(String memberId, String documentId, String kind, String side)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
