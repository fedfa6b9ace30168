package jp.azukari.workflow.requests;

import jp.azukari.workflow.web.Problem;
import org.springframework.http.HttpStatus;

/** The refusals of the requests API, as problem details with a stable {@code code}. */
final class RequestProblems {

  private RequestProblems() {}

  /** No such request, or (to a member) not theirs: the same answer either way. */
  static Problem unknown() {
    return new Problem(HttpStatus.NOT_FOUND, "request-unknown", "There is no such request.");
  }

  static Problem refused(TransitionRules.Refusal refusal) {
    return new Problem(HttpStatus.CONFLICT, refusal.code(), refusal.detail());
  }

  static Problem noMailFailure() {
    return new Problem(
        HttpStatus.CONFLICT,
        "no-mail-failure",
        "No member mail of this request has failed, so there is nothing to send again.");
  }
}
