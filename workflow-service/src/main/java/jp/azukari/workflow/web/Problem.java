package jp.azukari.workflow.web;

import java.util.Map;
import jp.azukari.platform.web.CodedProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A domain refusal as RFC 9457 problem details with a stable {@code code} (also in the {@code
 * type}, {@code urn:azukari:problem:<code>}) for the web to translate and an English {@code detail}
 * for anyone else.
 */
public class Problem extends ErrorResponseException {

  private final String code;
  private final String detail;

  public Problem(HttpStatus status, String code, String detail) {
    this(status, code, detail, Map.of());
  }

  public Problem(HttpStatus status, String code, String detail, Map<String, Object> properties) {
    super(status, problem(status, code, detail, properties), null);
    this.code = code;
    this.detail = detail;
  }

  private static ProblemDetail problem(
      HttpStatus status, String code, String detail, Map<String, Object> properties) {
    ProblemDetail problem = CodedProblems.of(status, code, detail);
    properties.forEach(problem::setProperty);
    return problem;
  }

  public String code() {
    return code;
  }

  public String detail() {
    return detail;
  }
}
