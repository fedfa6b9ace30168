package jp.azukari.inquiry.inbox;

import java.util.Map;
import jp.azukari.platform.web.CodedProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The inbox's refusals as coded problem details. */
final class InboxProblems {

  private InboxProblems() {}

  /** A refusal with a code the web translates. */
  static final class Refusal extends ErrorResponseException {

    private final String code;
    private final String detail;

    Refusal(HttpStatus status, String code, String detail, Map<String, Object> properties) {
      super(status, problem(status, code, detail, properties), null);
      this.code = code;
      this.detail = detail;
    }

    String code() {
      return code;
    }

    String detail() {
      return detail;
    }

    private static ProblemDetail problem(
        HttpStatus status, String code, String detail, Map<String, Object> properties) {
      ProblemDetail problem = CodedProblems.of(status, code, detail);
      properties.forEach(problem::setProperty);
      return problem;
    }
  }

  static Refusal unknown() {
    return new Refusal(
        HttpStatus.NOT_FOUND, "inquiry-unknown", "There is no such inquiry.", Map.of());
  }

  static Refusal locked(ReplyLockState lock) {
    return new Refusal(
        HttpStatus.CONFLICT,
        "reply-locked",
        lock == null
            ? "Take the reply lock before replying."
            : lock.holderName() + " is replying to this inquiry.",
        lock == null ? Map.of() : Map.of("lock", lock));
  }

  static Refusal alreadyAnswered(String messageId) {
    return new Refusal(
        HttpStatus.CONFLICT,
        "already-answered",
        "This customer message has been answered already.",
        Map.of("messageId", messageId));
  }

  static Refusal merged(String targetId) {
    return new Refusal(
        HttpStatus.CONFLICT,
        "inquiry-merged",
        "This inquiry was merged into another one; work on that one.",
        Map.of("mergedInto", targetId));
  }

  static Refusal unknownMessage() {
    return new Refusal(
        HttpStatus.BAD_REQUEST,
        "message-unknown",
        "inReplyTo must name a customer message of this inquiry.",
        Map.of());
  }

  static Refusal unknownStaff() {
    return new Refusal(
        HttpStatus.BAD_REQUEST,
        "staff-unknown",
        "Assign the inquiry to a staff member who has used the inbox.",
        Map.of());
  }

  static Refusal unknownMember() {
    return new Refusal(
        HttpStatus.BAD_REQUEST, "member-unknown", "There is no such member.", Map.of());
  }

  static Refusal badRequest(String code, String detail) {
    return new Refusal(HttpStatus.BAD_REQUEST, code, detail, Map.of());
  }

  static Refusal conflict(String code, String detail) {
    return new Refusal(HttpStatus.CONFLICT, code, detail, Map.of());
  }
}
