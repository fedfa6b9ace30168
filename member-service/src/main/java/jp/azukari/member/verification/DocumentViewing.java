package jp.azukari.member.verification;

import java.time.Instant;
import java.util.UUID;
import jp.azukari.contracts.member.IdentityDocumentViewed;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One look by staff at the content of an identity document. Each look is its own record, written
 * once, so two staff looking at the same time never conflict; its event tells the audit log who
 * looked (the actor) at what, and when.
 */
@Document("identity_document_viewings")
class DocumentViewing extends OutboxAggregate {

  @Id private String id;
  private String memberId;
  private String documentId;
  private Instant viewedAt;

  protected DocumentViewing() {}

  static DocumentViewing of(IdentityDocument document, Instant now) {
    var viewing = new DocumentViewing();
    viewing.id = UUID.randomUUID().toString();
    viewing.memberId = document.memberId();
    viewing.documentId = document.id();
    viewing.viewedAt = now;
    viewing.registerEvent(
        new IdentityDocumentViewed(
            document.memberId(), document.id(), document.kind().name(), document.side().name()));
    return viewing;
  }
}
