package jp.azukari.member.verification;

import java.time.Instant;
import jp.azukari.contracts.member.IdentityDocumentDeleted;
import jp.azukari.contracts.member.IdentityDocumentUploaded;
import jp.azukari.platform.events.OutboxAggregate;
import jp.azukari.platform.upload.FileType;
import jp.azukari.platform.upload.StoredFile;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 本人確認書類: one photo (or PDF) of one side of an identity document. The bytes live in GridFS under
 * {@link #contentId()}; this record holds what is known about them. A deleted document keeps its
 * record (with {@link #deletedAt()}) for the history, but its bytes are gone.
 */
@Document("identity_documents")
public class IdentityDocument extends OutboxAggregate {

  @Id private String id;
  @Indexed private String memberId;
  private DocumentKind kind;
  private DocumentSide side;
  private FileType type;
  private long size;
  private String sha256;
  private String contentId;
  private ReviewState review;
  private Instant uploadedAt;
  private Instant reviewedAt;
  private Instant deletedAt;
  private Instant contentErasedAt;

  protected IdentityDocument() {}

  /** A document just uploaded, waiting for review. */
  static IdentityDocument uploaded(
      String id,
      String memberId,
      DocumentKind kind,
      DocumentSide side,
      StoredFile content,
      Instant now) {
    var document = new IdentityDocument();
    document.id = id;
    document.memberId = memberId;
    document.kind = kind;
    document.side = side;
    document.type = content.type();
    document.size = content.size();
    document.sha256 = content.sha256();
    document.contentId = content.fileId();
    document.review = ReviewState.PENDING;
    document.uploadedAt = now;
    document.registerEvent(
        new IdentityDocumentUploaded(
            memberId,
            id,
            kind.name(),
            side.name(),
            content.type().mediaType(),
            content.size(),
            content.sha256()));
    return document;
  }

  /**
   * Deleted by its member. Only a document still waiting for review may go: once a verifier
   * decided, the document is the evidence of that decision.
   *
   * @throws IllegalStateException when it was reviewed or deleted already
   */
  void delete(Instant now) {
    if (!deletable()) {
      throw new IllegalStateException("Document " + id + " is no longer pending");
    }
    deletedAt = now;
    registerEvent(new IdentityDocumentDeleted(memberId, id, kind.name(), side.name()));
  }

  /** A verifier decided the verification this document was part of. */
  void reviewed(ReviewState outcome, Instant now) {
    if (review == ReviewState.PENDING && deletedAt == null) {
      review = outcome;
      reviewedAt = now;
    }
  }

  /**
   * The member's personal data was erased: the bytes are gone, what the document was (kind, side,
   * type, size, hash, review, times) stays as the record of the verification.
   */
  void contentErased(Instant now) {
    contentId = null;
    contentErasedAt = now;
  }

  boolean deletable() {
    return review == ReviewState.PENDING && deletedAt == null;
  }

  public String id() {
    return id;
  }

  public String memberId() {
    return memberId;
  }

  public DocumentKind kind() {
    return kind;
  }

  public DocumentSide side() {
    return side;
  }

  public FileType type() {
    return type;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  /** The GridFS file id of the bytes. */
  String contentId() {
    return contentId;
  }

  public ReviewState review() {
    return review;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public Instant deletedAt() {
    return deletedAt;
  }

  /** When the bytes were deleted with the member's personal data; {@code null} if they were not. */
  public Instant contentErasedAt() {
    return contentErasedAt;
  }
}
