package jp.azukari.member.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jp.azukari.member.japanese.RejectedInput;
import jp.azukari.platform.web.InvalidRequestException;

/**
 * Field errors found while input is normalised, so that a form gets every problem at once.
 * Normalising a field either returns its normal form or records why it was rejected.
 */
final class FieldErrors {

  record FieldError(String field, String code, String message) {}

  private final List<FieldError> errors = new ArrayList<>();

  /** A field that may be left empty ({@code null} then). */
  <T> T optional(String field, Supplier<T> normalization) {
    try {
      return normalization.get();
    } catch (RejectedInput rejected) {
      errors.add(new FieldError(field, rejected.code(), rejected.getMessage()));
      return null;
    }
  }

  /**
   * A field that must be given.
   *
   * @param what how to name the field in the message, e.g. "the bank name"
   */
  <T> T required(String field, String what, Supplier<T> normalization) {
    int before = errors.size();
    T value = optional(field, normalization);
    if (value == null && errors.size() == before) {
      errors.add(new FieldError(field, "required", "Enter " + what + "."));
    }
    return value;
  }

  List<FieldError> list() {
    return List.copyOf(errors);
  }

  /**
   * Guards the second normalisation, after validation passed: it cannot fail then, but if it ever
   * did the request must not go through.
   */
  <T> T orFail(T normalized) {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(
          errors.getFirst().field() + ": " + errors.getFirst().message());
    }
    return normalized;
  }
}
