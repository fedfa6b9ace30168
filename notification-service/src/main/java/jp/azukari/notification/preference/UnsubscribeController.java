package jp.azukari.notification.preference;

import jp.azukari.platform.web.CodedProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unsubscribe link of a newsletter, without a login (a public path of the service and the
 * gateway): a POST, so that mail scanners opening the link's page do not unsubscribe anyone.
 */
@RestController
class UnsubscribeController {

  private final UnsubscribeTokens tokens;
  private final Preferences preferences;

  UnsubscribeController(UnsubscribeTokens tokens, Preferences preferences) {
    this.tokens = tokens;
    this.preferences = preferences;
  }

  @PostMapping("/api/notifications/unsubscribe/{token}")
  ResponseEntity<?> unsubscribe(@PathVariable String token) {
    return tokens
        .memberId(token)
        .<ResponseEntity<?>>map(
            memberId -> {
              preferences.newsletter(memberId, false, Preferences.VIA_UNSUBSCRIBE_LINK);
              return ResponseEntity.noContent().build();
            })
        .orElseGet(
            () -> {
              ProblemDetail problem =
                  CodedProblems.of(
                      HttpStatus.NOT_FOUND,
                      "unsubscribe-link-invalid",
                      "This unsubscribe link is not valid.");
              return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
            });
  }
}
