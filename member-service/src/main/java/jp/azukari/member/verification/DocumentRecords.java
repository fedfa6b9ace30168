package jp.azukari.member.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import jp.azukari.platform.upload.GridFsContentStore;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.stereotype.Component;

/**
 * A member's identity documents as the privacy feature reads and erases them: every document ever
 * uploaded (deleted ones too, whose bytes are gone), their bytes, and the erasure of the bytes that
 * keeps what the documents were.
 */
@Component
public class DocumentRecords {

  private final IdentityDocumentRepository documents;
  private final GridFsContentStore store;

  DocumentRecords(IdentityDocumentRepository documents, GridFsContentStore store) {
    this.documents = documents;
    this.store = store;
  }

  /** Every document the member uploaded, oldest first, deleted ones included. */
  public List<IdentityDocument> of(String memberId) {
    return documents.findByMemberIdOrderByUploadedAtAsc(memberId);
  }

  /**
   * Copies the document's bytes to {@code out}.
   *
   * @return whether there were bytes to copy (none once deleted or erased)
   */
  public boolean copyContent(IdentityDocument document, OutputStream out) throws IOException {
    if (document.deletedAt() != null) {
      return false;
    }
    GridFsResource resource = store.open(document.contentId());
    if (resource == null) {
      return false;
    }
    try (InputStream in = resource.getInputStream()) {
      in.transferTo(out);
    }
    return true;
  }

  /** Whether the document's bytes are still stored. */
  public boolean hasContent(IdentityDocument document) {
    return document.deletedAt() == null && store.open(document.contentId()) != null;
  }

  /**
   * Deletes the bytes of all the member's documents from GridFS and marks the documents, keeping
   * their metadata. Safe to repeat.
   *
   * @return how many files were deleted
   */
  public int eraseContents(String memberId, Instant now) {
    int deleted = 0;
    for (IdentityDocument document : of(memberId)) {
      if (document.contentErasedAt() != null) {
        continue;
      }
      if (document.contentId() != null && store.open(document.contentId()) != null) {
        store.delete(document.contentId());
        deleted++;
      }
      document.contentErased(now);
      documents.save(document);
    }
    return deleted + store.deleteAllWith("memberId", memberId);
  }
}
