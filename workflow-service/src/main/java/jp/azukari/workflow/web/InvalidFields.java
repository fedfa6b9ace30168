package jp.azukari.workflow.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Input that breaks rules bean validation cannot express (rules across fields, a whole
 * configuration): 400 with the same {@code errors: [{field, code, message}]} as bean validation, so
 * a form shows every problem at once. Nothing is changed.
 */
public class InvalidFields extends Problem {

  /** One invalid field: {@code code} names the broken rule for the web to translate. */
  public record FieldError(String field, String code, String message) {}

  private final List<FieldError> errors;

  public InvalidFields(String code, List<FieldError> errors) {
    super(
        HttpStatus.BAD_REQUEST,
        code,
        "Some fields are not valid: "
            + errors.getFirst().field()
            + ": "
            + errors.getFirst().message()
            + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""),
        Map.of("errors", List.copyOf(errors)));
    this.errors = List.copyOf(errors);
    getBody().setTitle("Invalid input");
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Collects field errors and refuses the input if there are any. */
  public static final class Collector {

    private final List<FieldError> errors = new ArrayList<>();

    public Collector add(String field, String code, String message) {
      errors.add(new FieldError(field, code, message));
      return this;
    }

    public boolean isEmpty() {
      return errors.isEmpty();
    }

    public List<FieldError> list() {
      return List.copyOf(errors);
    }

    /** Throws {@link InvalidFields} with {@code code} when any error was collected. */
    public void throwIfAny(String code) {
      if (!errors.isEmpty()) {
        throw new InvalidFields(code, errors);
      }
    }
  }
}
