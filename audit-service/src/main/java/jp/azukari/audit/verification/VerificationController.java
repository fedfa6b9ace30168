package jp.azukari.audit.verification;

import java.net.URI;
import jp.azukari.audit.record.AuditProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins verify the hash chains: {@code POST /api/audit/verifications} answers 202 and walks every
 * stream in the background; {@code GET .../{id}} shows progress and the first broken link; {@code
 * GET /api/audit/verifications?latest} the latest run.
 */
@RestController
@RequestMapping("/api/audit/verifications")
@PreAuthorize("hasRole('admin')")
class VerificationController {

  private final Verifications verifications;

  VerificationController(Verifications verifications) {
    this.verifications = verifications;
  }

  @PostMapping
  ResponseEntity<Verification> start() {
    var verification = verifications.start();
    return ResponseEntity.accepted()
        .location(URI.create("/api/audit/verifications/" + verification.id()))
        .body(verification);
  }

  @GetMapping("/{id}")
  Verification progress(@PathVariable String id) {
    return verifications.find(id).orElseThrow(VerificationController::unknown);
  }

  @GetMapping(params = "latest")
  Verification latest() {
    return verifications.latest().orElseThrow(VerificationController::unknown);
  }

  private static AuditProblem unknown() {
    return AuditProblem.unknown("verification-unknown", "verification");
  }
}
