package jp.azukari.member.importing;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The file as a whole cannot be imported: not a CSV or XLSX file, a zip bomb, no header, no email
 * column. Answered as a 422 problem whose {@code code} names the reason for the admin console to
 * translate; a run that meets it later fails with the same code and message.
 */
class ImportRefused extends ErrorResponseException {

  private final String code;

  ImportRefused(String code, String message) {
    super(HttpStatus.UNPROCESSABLE_CONTENT, problem(code, message), null);
    this.code = code;
  }

  String code() {
    return code;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }

  private static ProblemDetail problem(String code, String message) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, message);
    problem.setTitle("File cannot be imported");
    problem.setType(URI.create("about:blank"));
    problem.setProperty("code", code);
    return problem;
  }
}
