package jp.azukari.member.privacy;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.MemberView;
import jp.azukari.member.profile.Members;
import jp.azukari.member.profile.SignedInMember;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The privacy export (a ZIP of everything held about a member: members get their own, staff any
 * member's) and the erasure of a member's personal data (admins only, {@code If-Match} with the
 * version they saw).
 */
@RestController
class PrivacyController {

  /** Why the admin erases the data; goes to the audit log. */
  record ErasureInput(@NotBlank @Size(max = 500) String reason) {}

  private final MemberExport export;
  private final PersonalDataErasure erasure;
  private final Members members;

  PrivacyController(MemberExport export, PersonalDataErasure erasure, Members members) {
    this.export = export;
    this.erasure = erasure;
    this.members = members;
  }

  @GetMapping("/api/members/me/privacy-export")
  @PreAuthorize("hasRole('member')")
  void ownExport(@AuthenticationPrincipal Jwt token, HttpServletResponse response)
      throws IOException {
    Member member = members.ownRecord(SignedInMember.of(token));
    send(export.forTheMember(member), response);
  }

  @GetMapping("/api/members/{id}/privacy-export")
  @PreAuthorize("hasRole('staff')")
  void staffExport(@PathVariable String id, HttpServletResponse response) throws IOException {
    Member member = members.find(id).orElseThrow(Problems::noSuchMember);
    send(export.forStaff(member), response);
  }

  @PostMapping("/api/members/{id}/erasure")
  @PreAuthorize("hasRole('admin')")
  ResponseEntity<MemberView> erase(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody ErasureInput input) {
    long version = IfMatch.version(ifMatch);
    Member erased = erasure.erase(id, version, input.reason().strip());
    return ResponseEntity.ok().eTag(IfMatch.etag(erased)).body(MemberView.of(erased));
  }

  private void send(MemberExport.Plan plan, HttpServletResponse response) throws IOException {
    response.setContentType("application/zip");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        "attachment; filename=azukari-member-"
            + plan.member().id().replaceAll("[^A-Za-z0-9_-]", "_")
            + ".zip");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    export.write(plan, response.getOutputStream());
  }
}
