package jp.azukari.member.verification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.azukari.member.profile.Verification;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verification queue and review for staff; the decision for {@code kyc-verifier}s only. The
 * review answers with the member's version as {@code ETag}; the decision sends it in {@code
 * If-Match}.
 */
@RestController
@RequestMapping("/api/members")
@PreAuthorize("hasRole('staff')")
@Validated
class VerificationController {

  private final Verifications verifications;

  VerificationController(Verifications verifications) {
    this.verifications = verifications;
  }

  /**
   * A verifier's decision: {@code VERIFIED}, or {@code REJECTED} with a reason the member reads.
   */
  record Decision(String decision, String reason) {}

  @GetMapping("/verifications")
  Map<String, Object> queue(
      @RequestParam(defaultValue = "PENDING") String state,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    var result = verifications.queue(state(state), page, size);
    return Map.of(
        "content",
        result.getContent(),
        "page",
        Map.of(
            "size", result.getSize(),
            "number", result.getNumber(),
            "totalElements", result.getTotalElements(),
            "totalPages", result.getTotalPages()));
  }

  @GetMapping("/{memberId}/verification-review")
  ResponseEntity<VerificationReview> review(@PathVariable String memberId) {
    return answer(verifications.review(memberId));
  }

  @PostMapping("/{memberId}/verification")
  @PreAuthorize("hasRole('kyc-verifier')")
  ResponseEntity<VerificationReview> decide(
      @AuthenticationPrincipal Jwt token,
      @PathVariable String memberId,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @RequestBody Decision decision) {
    long version = IfMatch.version(ifMatch);
    var state = decision(decision.decision());
    return answer(
        verifications.decide(memberId, version, state, decision.reason(), token.getSubject()));
  }

  private static ResponseEntity<VerificationReview> answer(VerificationReview review) {
    return ResponseEntity.ok().eTag("\"" + review.version() + "\"").body(review);
  }

  private static Verification.State state(String value) {
    return Arrays.stream(Verification.State.values())
        .filter(s -> s.name().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                Problems.field(
                    "state",
                    "state.choice",
                    "Choose one of " + List.of(Verification.State.values()) + "."));
  }

  private static Verification.State decision(String value) {
    if (!"VERIFIED".equals(value) && !"REJECTED".equals(value)) {
      throw Problems.field("decision", "decision.choice", "Choose VERIFIED or REJECTED.");
    }
    return Verification.State.valueOf(value);
  }
}
