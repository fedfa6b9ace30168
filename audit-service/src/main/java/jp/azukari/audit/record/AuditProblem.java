package jp.azukari.audit.record;

import jp.azukari.platform.web.CodedProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal of the audit API as problem details with a stable {@code code} (also in the {@code
 * type}, {@code urn:azukari:problem:<code>}) for the console to translate.
 */
public class AuditProblem extends ErrorResponseException {

  private AuditProblem(HttpStatus status, String code, String detail) {
    super(status, problem(status, code, detail), null);
  }

  private static ProblemDetail problem(HttpStatus status, String code, String detail) {
    ProblemDetail problem = CodedProblems.of(status, code, detail);
    return problem;
  }

  public static AuditProblem unknown(String code, String what) {
    return new AuditProblem(HttpStatus.NOT_FOUND, code, "There is no such " + what + ".");
  }

  public static AuditProblem invalid(String detail) {
    return new AuditProblem(HttpStatus.BAD_REQUEST, "invalid-input", detail);
  }

  public static AuditProblem conflict(String code, String detail) {
    return new AuditProblem(HttpStatus.CONFLICT, code, detail);
  }

  public static AuditProblem gone(String code, String detail) {
    return new AuditProblem(HttpStatus.GONE, code, detail);
  }
}
