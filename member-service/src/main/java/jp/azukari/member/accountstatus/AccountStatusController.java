package jp.azukari.member.accountstatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.azukari.member.profile.AccountStatus;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.MemberView;
import jp.azukari.member.profile.Members;
import jp.azukari.member.profile.SignedInMember;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account status changes: staff set a member's status with a reason ({@code If-Match} with the
 * version they saw); a member leaves the shop ({@code /me/withdrawal}). Both answer with the
 * member's record.
 */
@RestController
class AccountStatusController {

  /** A status staff chose and why, in words the member reads. */
  record StatusChangeInput(
      @NotNull AccountStatus status, @NotBlank @Size(max = 500) String reason) {}

  /** Why the member leaves; optional. */
  record WithdrawalInput(@Size(max = 500) String reason) {}

  private final AccountStatuses statuses;
  private final Members members;

  AccountStatusController(AccountStatuses statuses, Members members) {
    this.statuses = statuses;
    this.members = members;
  }

  @PostMapping("/api/members/{id}/status")
  @PreAuthorize("hasRole('staff')")
  ResponseEntity<MemberView> change(
      @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody StatusChangeInput input) {
    long version = IfMatch.version(ifMatch);
    return answer(statuses.change(id, version, input.status(), input.reason().strip()));
  }

  @PostMapping("/api/members/me/withdrawal")
  @PreAuthorize("hasRole('member')")
  ResponseEntity<MemberView> withdraw(
      @AuthenticationPrincipal Jwt token,
      @Valid @RequestBody(required = false) WithdrawalInput input) {
    String reason = input == null || input.reason() == null ? null : input.reason().strip();
    return answer(
        statuses.withdraw(
            SignedInMember.of(token), reason == null || reason.isEmpty() ? null : reason));
  }

  private ResponseEntity<MemberView> answer(Member member) {
    return ResponseEntity.ok()
        .eTag(IfMatch.etag(member))
        .body(MemberView.of(member, members.pendingChanges(member.id())));
  }
}
