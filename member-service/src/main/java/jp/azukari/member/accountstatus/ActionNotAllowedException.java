package jp.azukari.member.accountstatus;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A member's account status forbids what they tried: answered with 403 whose {@code detail} is the
 * plain-language reason, with properties {@code reason} (a code such as {@code status.frozen}) and
 * {@code action}.
 */
public class ActionNotAllowedException extends ErrorResponseException {

  public ActionNotAllowedException(MemberAction action, StatusPolicy.Refusal refusal) {
    super(HttpStatus.FORBIDDEN, problem(action, refusal), null);
  }

  private static ProblemDetail problem(MemberAction action, StatusPolicy.Refusal refusal) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal.detail());
    problem.setTitle("Not allowed for this account");
    problem.setType(URI.create("about:blank"));
    problem.setProperty("reason", refusal.reason());
    problem.setProperty("action", action.name());
    return problem;
  }
}
