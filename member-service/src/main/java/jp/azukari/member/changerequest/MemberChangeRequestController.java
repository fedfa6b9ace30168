package jp.azukari.member.changerequest;

import java.util.List;
import jp.azukari.member.profile.SignedInMember;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A member's own change requests: always those of the token's subject, newest first. */
@RestController
@RequestMapping("/api/members/me/change-requests")
@PreAuthorize("hasRole('member')")
class MemberChangeRequestController {

  private final ChangeRequests changeRequests;

  MemberChangeRequestController(ChangeRequests changeRequests) {
    this.changeRequests = changeRequests;
  }

  @GetMapping
  List<ChangeRequestView> own(@AuthenticationPrincipal Jwt token) {
    return changeRequests.own(SignedInMember.of(token)).stream()
        .map(ChangeRequestView::forMember)
        .toList();
  }

  /** Withdraws a pending request of the member's own: 404 for any other, 409 once decided. */
  @DeleteMapping("/{id}")
  ResponseEntity<Void> withdraw(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
    changeRequests.withdraw(SignedInMember.of(token), id);
    return ResponseEntity.noContent().build();
  }
}
