package jp.azukari.member.profile;

import jp.azukari.platform.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Any member's record, for the admin console. Staff only: a member gets 403 even for their own. */
@RestController
@RequestMapping("/api/members")
@PreAuthorize("hasRole('staff')")
class StaffMemberController {

  private final Members members;

  StaffMemberController(Members members) {
    this.members = members;
  }

  @GetMapping("/{id}")
  ResponseEntity<MemberView> member(@PathVariable String id) {
    var member =
        members
            .find(id)
            .orElseThrow(
                () ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such member."));
    return ResponseEntity.ok()
        .eTag(IfMatch.etag(member))
        .body(MemberView.of(member, members.pendingChanges(member.id())));
  }
}
