package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A member uploaded a photo or PDF of an identity document (本人確認書類). Only metadata: the image
 * itself never leaves the member-service.
 *
 * @param memberId the member the document belongs to (also the event's subject)
 * @param documentId the document's id
 * @param kind what the document is, e.g. {@code DRIVING_LICENCE}, {@code MY_NUMBER_CARD}
 * @param side {@code FRONT} or {@code BACK}
 * @param contentType the type detected from the content, e.g. {@code image/jpeg}
 * @param size the size in bytes
 * @param sha256 the content's SHA-256 in hex, to tell identical uploads apart without the image
 */
@EventType("member.IdentityDocumentUploaded")
public record IdentityDocumentUploaded(
    String memberId,
    String documentId,
    String kind,
    String side,
    String contentType,
    long size,
    String sha256)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
