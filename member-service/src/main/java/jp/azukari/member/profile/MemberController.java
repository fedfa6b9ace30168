package jp.azukari.member.profile;

import jakarta.validation.Valid;
import java.time.Clock;
import jp.azukari.member.japanese.BirthDate;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's own record. Always the record of the token's subject: no path, query or body value can
 * name another member. Answers carry the record's version as {@code ETag}; edits send it back in
 * {@code If-Match}.
 */
@RestController
@RequestMapping("/api/members/me")
@PreAuthorize("hasRole('member')")
class MemberController {

  private final Members members;
  private final Clock clock;

  MemberController(Members members, Clock clock) {
    this.members = members;
    this.clock = clock;
  }

  @GetMapping
  ResponseEntity<MemberView> ownRecord(@AuthenticationPrincipal Jwt token) {
    return answer(members.ownRecord(SignedInMember.of(token)));
  }

  @PutMapping("/profile")
  ResponseEntity<MemberView> changeProfile(
      @AuthenticationPrincipal Jwt token,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody ProfileInput input) {
    long version = IfMatch.version(ifMatch);
    var profile = input.normalized(BirthDate.today(clock));
    return answer(members.changeProfile(SignedInMember.of(token), version, profile));
  }

  @PutMapping("/payout-account")
  ResponseEntity<MemberView> changePayoutAccount(
      @AuthenticationPrincipal Jwt token,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody PayoutAccountInput input) {
    long version = IfMatch.version(ifMatch);
    var account = input.normalized(BirthDate.today(clock));
    return answer(members.changePayoutAccount(SignedInMember.of(token), version, account));
  }

  private ResponseEntity<MemberView> answer(Member member) {
    return ResponseEntity.ok()
        .eTag(IfMatch.etag(member))
        .body(MemberView.of(member, members.pendingChanges(member.id())));
  }
}
