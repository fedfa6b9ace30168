package jp.azukari.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Domain refusals as problem details with a stable {@code code}, also in the {@code type} as {@code
 * urn:azukari:problem:<code>}, for the web faces to translate, and an English {@code detail} for
 * anyone else. Services add their own properties (field errors, blockers) to what this returns.
 */
public final class CodedProblems {

  static final String TYPE_PREFIX = "urn:azukari:problem:";

  private CodedProblems() {}

  public static ProblemDetail of(HttpStatus status, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + code));
    problem.setProperty("code", code);
    return problem;
  }
}
