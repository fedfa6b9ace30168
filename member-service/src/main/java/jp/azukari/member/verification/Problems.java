package jp.azukari.member.verification;

import java.util.List;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Problems this feature answers with. Each carries a {@code code} naming the rule, so that the web
 * can show its own translation.
 */
final class Problems {

  private Problems() {}

  static ErrorResponseException of(HttpStatus status, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setProperty("code", code);
    return new ErrorResponseException(status, problem, null);
  }

  static ErrorResponseException field(String field, String code, String detail) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
    problem.setTitle("Invalid input");
    problem.setProperty("errors", List.of(new FieldError(field, code, detail)));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  static ErrorResponseException notFound() {
    return of(HttpStatus.NOT_FOUND, "document.notFound", "There is no such document.");
  }

  static ErrorResponseException noSuchMember() {
    return of(HttpStatus.NOT_FOUND, "member.notFound", "There is no such member.");
  }

  static ErrorResponseException tooLarge(DocumentProperties properties) {
    return of(
        HttpStatus.CONTENT_TOO_LARGE,
        "document.tooLarge",
        "The file is larger than "
            + properties.maxSize().toMegabytes()
            + " MB. Take the photo again at a lower resolution, or choose a smaller file.");
  }
}
