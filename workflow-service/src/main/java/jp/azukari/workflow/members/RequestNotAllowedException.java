package jp.azukari.workflow.members;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A member's account status forbids starting a request. To the member: 403 whose {@code detail} is
 * the plain-language reason, with {@code reason} (e.g. {@code status.frozen}) and {@code action}
 * {@code REQUEST_KIT}, as member-service refuses what a status forbids. To staff starting one for
 * the member: 409 {@code member-not-allowed} with the same {@code reason}.
 */
public class RequestNotAllowedException extends ErrorResponseException {

  private RequestNotAllowedException(HttpStatus status, ProblemDetail problem) {
    super(status, problem, null);
  }

  static RequestNotAllowedException toMember(StartPolicy.Refusal refusal) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal.memberDetail());
    problem.setTitle("Not allowed for this account");
    problem.setType(URI.create("about:blank"));
    problem.setProperty("reason", refusal.reason());
    problem.setProperty("action", "REQUEST_KIT");
    return new RequestNotAllowedException(HttpStatus.FORBIDDEN, problem);
  }

  static RequestNotAllowedException toStaff(StartPolicy.Refusal refusal) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.staffDetail());
    problem.setTitle("Not allowed for this member");
    problem.setType(URI.create("urn:azukari:problem:member-not-allowed"));
    problem.setProperty("code", "member-not-allowed");
    problem.setProperty("reason", refusal.reason());
    return new RequestNotAllowedException(HttpStatus.CONFLICT, problem);
  }
}
