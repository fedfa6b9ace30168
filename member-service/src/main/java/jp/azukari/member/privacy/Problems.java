package jp.azukari.member.privacy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Problems this feature answers with, each with a {@code code} the web translates. */
final class Problems {

  private Problems() {}

  static ErrorResponseException of(HttpStatus status, String code, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setProperty("code", code);
    return new ErrorResponseException(status, problem, null);
  }

  static ErrorResponseException noSuchMember() {
    return of(
        HttpStatus.NOT_FOUND, "member.notFound", "No such member", "There is no such member.");
  }

  static ErrorResponseException alreadyErased() {
    return of(
        HttpStatus.CONFLICT,
        "privacy.alreadyErased",
        "Already erased",
        "This member's personal data has been erased already.");
  }

  static ErrorResponseException identityProviderUnavailable() {
    return of(
        HttpStatus.SERVICE_UNAVAILABLE,
        "privacy.identityProviderUnavailable",
        "Try again in a moment",
        "The login service is not reachable, so the member's login account could not be deleted."
            + " Nothing was erased; try again in a few minutes.");
  }
}
