package jp.azukari.member.verification;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import jp.azukari.member.profile.SignedInMember;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A member's own identity documents. Always those of the token's subject: a document id of another
 * member is answered exactly like an id that does not exist (404).
 */
@RestController
@RequestMapping("/api/members/me/documents")
@PreAuthorize("hasRole('member')")
class MemberDocumentController {

  private final IdentityDocuments documents;

  MemberDocumentController(IdentityDocuments documents) {
    this.documents = documents;
  }

  /**
   * One side of a document, as multipart form data: {@code file}, {@code kind} and {@code side}.
   * The file's name and declared content type are ignored; its content decides.
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DocumentSummary> upload(
      @AuthenticationPrincipal Jwt token,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "side", required = false) String side) {
    if (file == null) {
      throw Problems.field("file", "document.missing", "Choose or take a photo of the document.");
    }
    var summary =
        documents.upload(
            SignedInMember.of(token),
            choice("kind", kind, DocumentKind.class),
            choice("side", side, DocumentSide.class),
            file);
    return ResponseEntity.created(URI.create("/api/members/me/documents/" + summary.id()))
        .body(summary);
  }

  @GetMapping
  List<DocumentSummary> list(@AuthenticationPrincipal Jwt token) {
    return documents.list(SignedInMember.of(token).id());
  }

  @GetMapping("/{documentId}/content")
  ResponseEntity<InputStreamResource> content(
      @AuthenticationPrincipal Jwt token, @PathVariable String documentId) {
    return DocumentContentResponse.of(documents.ownContent(SignedInMember.of(token), documentId));
  }

  @DeleteMapping("/{documentId}")
  ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @PathVariable String documentId) {
    documents.delete(SignedInMember.of(token), documentId);
    return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
  }

  private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
    var allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    if (value == null || !allowed.contains(value)) {
      throw Problems.field(field, field + ".choice", "Choose one of " + allowed + ".");
    }
    return Enum.valueOf(type, value);
  }
}
