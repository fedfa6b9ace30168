package jp.azukari.member.verification;

import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any member's identity documents, for staff. Every look at a document's content is announced
 * ({@code member.IdentityDocumentViewed}) with the staff member as actor.
 */
@RestController
@RequestMapping("/api/members/{memberId}/documents")
@PreAuthorize("hasRole('staff')")
class StaffDocumentController {

  private final IdentityDocuments documents;

  StaffDocumentController(IdentityDocuments documents) {
    this.documents = documents;
  }

  @GetMapping
  List<DocumentSummary> list(@PathVariable String memberId) {
    return documents.list(memberId);
  }

  @GetMapping("/{documentId}/content")
  ResponseEntity<InputStreamResource> content(
      @PathVariable String memberId, @PathVariable String documentId) {
    return DocumentContentResponse.of(documents.contentForStaff(memberId, documentId));
  }
}
