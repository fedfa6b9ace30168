package jp.azukari.item.field;

import java.util.List;
import jp.azukari.platform.web.CodedProblems;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Problems of item fields and values, as problem details with a stable {@code code} and, for input,
 * one entry per invalid field ({@code field}, {@code code}, {@code message}) so that a form shows
 * every problem at once.
 */
public final class FieldProblems {

  private FieldProblems() {}

  /** A 400 problem listing the invalid fields. */
  public static ErrorResponseException invalid(String code, List<FieldError> errors) {
    ProblemDetail problem =
        CodedProblems.of(
            HttpStatus.BAD_REQUEST,
            code,
            "Some fields are not valid: "
                + String.join(
                    " ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
    problem.setTitle("Invalid input");
    problem.setProperty("errors", errors);
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }
}
