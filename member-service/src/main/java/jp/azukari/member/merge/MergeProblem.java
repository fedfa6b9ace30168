package jp.azukari.member.merge;

import java.util.List;
import jp.azukari.platform.web.CodedProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A merge that cannot go ahead, as problem details with a stable {@code code} (also in the {@code
 * type}, {@code urn:azukari:problem:<code>}) for the console to translate.
 */
class MergeProblem extends ErrorResponseException {

  private MergeProblem(HttpStatus status, String code, String detail, List<Blocker> blockers) {
    super(status, problem(status, code, detail, blockers), null);
  }

  private static ProblemDetail problem(
      HttpStatus status, String code, String detail, List<Blocker> blockers) {
    ProblemDetail problem = CodedProblems.of(status, code, detail);
    if (blockers != null) {
      problem.setProperty("blockers", blockers);
    }
    return problem;
  }

  static MergeProblem blocked(List<Blocker> blockers) {
    return new MergeProblem(
        HttpStatus.CONFLICT,
        "merge-blocked",
        "These records cannot be merged as asked: "
            + String.join(" ", blockers.stream().map(Blocker::detail).toList()),
        blockers);
  }

  static MergeProblem memberUnknown() {
    return new MergeProblem(
        HttpStatus.NOT_FOUND, "member-unknown", "There is no such member.", null);
  }

  static MergeProblem identityProviderUnavailable() {
    return new MergeProblem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "identity-provider-unavailable",
        "The login service cannot be reached, so the duplicate's login could not be disabled."
            + " Nothing was merged; try again in a moment.",
        null);
  }
}
