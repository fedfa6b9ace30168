package jp.azukari.notification.template;

import jp.azukari.platform.web.CodedProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A template request refused, as problem details with a stable {@code code} for the console to
 * translate: {@code template-syntax}, {@code unknown-placeholder} (with {@code part} and {@code
 * placeholder}), {@code template-unknown}.
 */
public class TemplateProblem extends ErrorResponseException {

  private TemplateProblem(HttpStatus status, ProblemDetail problem) {
    super(status, problem, null);
  }

  static TemplateProblem syntax(String part, String message) {
    ProblemDetail problem =
        CodedProblems.of(
            HttpStatus.BAD_REQUEST,
            "template-syntax",
            "The " + part + " template does not compile: " + message);
    problem.setProperty("part", part);
    return new TemplateProblem(HttpStatus.BAD_REQUEST, problem);
  }

  static TemplateProblem unknownPlaceholder(String part, String name, MailKind kind) {
    ProblemDetail problem =
        CodedProblems.of(
            HttpStatus.BAD_REQUEST,
            "unknown-placeholder",
            name.startsWith(">")
                ? "The "
                    + part
                    + " template includes another template ("
                    + name
                    + "), which mail templates cannot."
                : "The "
                    + part
                    + " template uses {{"
                    + name
                    + "}}, which "
                    + kind.name()
                    + " mails do not have. Use one of: "
                    + String.join(
                        ", ", kind.placeholders().stream().map(Placeholder::name).toList())
                    + ".");
    problem.setProperty("part", part);
    problem.setProperty("placeholder", name);
    return new TemplateProblem(HttpStatus.BAD_REQUEST, problem);
  }

  static TemplateProblem unknown() {
    return new TemplateProblem(
        HttpStatus.NOT_FOUND,
        CodedProblems.of(
            HttpStatus.NOT_FOUND,
            "template-unknown",
            "There is no such mail template: kinds are listed by GET /api/notifications/templates,"
                + " languages are ja and en."));
  }
}
