package jp.azukari.member.merge;

import jakarta.validation.Valid;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Merging a duplicate record into the member of the path (the survivor), for staff: {@code GET
 * /api/members/{id}/merge-preview?duplicateId=} and {@code POST /api/members/{id}/merge
 * {duplicateId, expectedDuplicateVersion}} with the survivor's version in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/members/{id}")
@PreAuthorize("hasRole('staff')")
class MergeController {

  private final MemberMerges merges;

  MergeController(MemberMerges merges) {
    this.merges = merges;
  }

  @GetMapping("/merge-preview")
  MergePreview preview(@PathVariable String id, @RequestParam String duplicateId) {
    return merges.preview(id, duplicateId);
  }

  @PostMapping("/merge")
  ResponseEntity<MemberMerges.Merged> merge(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody MergeRequest request) {
    long survivorVersion = IfMatch.version(ifMatch);
    var merged =
        merges.merge(
            id, survivorVersion, request.duplicateId(), request.expectedDuplicateVersion());
    return ResponseEntity.ok().eTag("\"" + merged.survivor().version() + "\"").body(merged);
  }
}
