package jp.azukari.inquiry.template;

import java.util.List;
import jp.azukari.platform.web.CodedProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The refusals of template endpoints. */
final class TemplateProblems {

  private TemplateProblems() {}

  static ErrorResponseException unknownPlaceholders(List<String> names) {
    ProblemDetail problem =
        CodedProblems.of(
            HttpStatus.BAD_REQUEST,
            "unknown-placeholder",
            "Unknown placeholder "
                + names.stream().map(name -> "{{" + name + "}}").toList()
                + "; known are {{customerName}}, {{requestNumber}}, {{itemNames}}, {{status}} and"
                + " {{shopName}}.");
    problem.setProperty("placeholders", names);
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  static ErrorResponseException notFound(String what) {
    return new ErrorResponseException(
        HttpStatus.NOT_FOUND,
        CodedProblems.of(HttpStatus.NOT_FOUND, "not-found", "There is no such " + what + "."),
        null);
  }
}
