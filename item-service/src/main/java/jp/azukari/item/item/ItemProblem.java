package jp.azukari.item.item;

import jp.azukari.platform.web.CodedProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Refusals of item operations as problem details with a stable {@code code} (also in the {@code
 * type}, {@code urn:azukari:problem:<code>}) for the web to translate, and an English {@code
 * detail}.
 */
public class ItemProblem extends ErrorResponseException {

  private ItemProblem(HttpStatus status, String code, String detail) {
    super(status, problem(status, code, detail), null);
  }

  private static ProblemDetail problem(HttpStatus status, String code, String detail) {
    ProblemDetail problem = CodedProblems.of(status, code, detail);
    return problem;
  }

  /** No such item, or not one the caller may see (answered alike). */
  public static ItemProblem itemUnknown() {
    return new ItemProblem(HttpStatus.NOT_FOUND, "item-unknown", "There is no such item.");
  }

  /** No such request, not yet known here, or not the member's own (answered alike). */
  static ItemProblem requestUnknown() {
    return new ItemProblem(HttpStatus.NOT_FOUND, "request-unknown", "There is no such request.");
  }

  static ItemProblem requestClosed(String status) {
    return new ItemProblem(
        HttpStatus.CONFLICT,
        "request-closed",
        "This request is closed ("
            + status
            + "): its items can no longer be added, changed or removed.");
  }

  static ItemProblem itemsReceived() {
    return new ItemProblem(
        HttpStatus.CONFLICT,
        "items-received",
        "The shop has received the items of this request, so an item can no longer be removed."
            + " Please contact the shop.");
  }

  static ItemProblem requestIdMissing() {
    return new ItemProblem(
        HttpStatus.BAD_REQUEST, "request-required", "Name the request the item belongs to.");
  }
}
