package jp.azukari.member.verification;

import java.time.Instant;

/**
 * One identity document as its member and staff see it: what it is and where its review stands,
 * never its content (that is fetched on its own).
 *
 * @param deletable whether the member may still delete it (only while it waits for review)
 */
record DocumentSummary(
    String id,
    DocumentKind kind,
    DocumentSide side,
    String contentType,
    long size,
    String sha256,
    ReviewState review,
    Instant uploadedAt,
    Instant reviewedAt,
    boolean deletable) {

  static DocumentSummary of(IdentityDocument document) {
    return new DocumentSummary(
        document.id(),
        document.kind(),
        document.side(),
        document.type().mediaType(),
        document.size(),
        document.sha256(),
        document.review(),
        document.uploadedAt(),
        document.reviewedAt(),
        document.deletable());
  }
}
