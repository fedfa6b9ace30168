package jp.azukari.item.export;

import java.util.List;
import jp.azukari.platform.web.CodedProblems;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An export or export profile request that cannot be answered as asked, as problem details with a
 * stable {@code code} (also in the {@code type}, {@code urn:azukari:problem:<code>}) for the
 * console to translate.
 */
public class ExportProblem extends ErrorResponseException {

  private ExportProblem(HttpStatus status, String code, String detail, List<FieldError> errors) {
    super(status, problem(status, code, detail, errors), null);
  }

  private static ProblemDetail problem(
      HttpStatus status, String code, String detail, List<FieldError> errors) {
    ProblemDetail problem = CodedProblems.of(status, code, detail);
    if (errors != null) {
      problem.setTitle("Invalid input");
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  /** Bad input, field by field, like a bean validation failure. */
  public static ExportProblem invalid(List<FieldError> errors) {
    return new ExportProblem(
        HttpStatus.BAD_REQUEST, "invalid-input", "Some fields are not valid.", errors);
  }

  static ExportProblem profileUnknown() {
    return new ExportProblem(
        HttpStatus.NOT_FOUND, "export-profile-unknown", "There is no such export profile.", null);
  }

  public static ExportProblem exportUnknown() {
    return new ExportProblem(
        HttpStatus.NOT_FOUND, "export-unknown", "There is no such export.", null);
  }

  static ExportProblem notReady() {
    return new ExportProblem(
        HttpStatus.CONFLICT,
        "export-not-ready",
        "The export is still running; download its file when it is done.",
        null);
  }

  static ExportProblem failed() {
    return new ExportProblem(
        HttpStatus.CONFLICT, "export-failed", "The export failed, so there is no file.", null);
  }

  static ExportProblem fileDeleted() {
    return new ExportProblem(
        HttpStatus.GONE,
        "export-file-deleted",
        "The file of this export is no longer kept; export again.",
        null);
  }
}
