package jp.azukari.member.profile;

import java.time.Clock;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Any member's record, for the admin console. Staff only: a member gets 403 even for their own.
 * Every opening is announced ({@code member.MemberRecordViewed}) with the staff member as actor.
 */
@RestController
@RequestMapping("/api/members")
@PreAuthorize("hasRole('staff')")
class StaffMemberController {

  private final Members members;
  private final MemberRecordViewingRepository viewings;
  private final Clock clock;

  StaffMemberController(Members members, MemberRecordViewingRepository viewings, Clock clock) {
    this.members = members;
    this.viewings = viewings;
    this.clock = clock;
  }

  @GetMapping("/{id}")
  ResponseEntity<MemberView> member(@PathVariable String id) {
    var member =
        members
            .find(id)
            .orElseThrow(
                () ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such member."));
    viewings.insert(MemberRecordViewing.of(member.id(), clock.instant()));
    return ResponseEntity.ok()
        .eTag(IfMatch.etag(member))
        .body(MemberView.of(member, members.pendingChanges(member.id())));
  }
}
