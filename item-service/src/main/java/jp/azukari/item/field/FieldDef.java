package jp.azukari.item.field;

import java.util.List;

/**
 * One configurable item field.
 *
 * @param key the key values are stored under, {@code ^[a-z][a-zA-Z0-9]*$}
 * @param label what the field is called
 * @param type what kind of value it holds
 * @param required whether an item is incomplete without it (listed in {@code missingRequired})
 * @param options the choices of a {@link FieldType#SELECT} field, empty for other types
 * @param memberEditable whether members may enter it; staff-only fields are hidden from members
 * @param order where the field is shown, smallest first
 * @param builtIn whether the product ships it: built-in fields may be relabelled, retired,
 *     reordered or made (not) required, but never removed or retyped
 * @param retired whether the field is no longer offered for input; values already entered stay
 */
public record FieldDef(
    String key,
    Label label,
    FieldType type,
    boolean required,
    List<FieldOption> options,
    boolean memberEditable,
    int order,
    boolean builtIn,
    boolean retired) {

  public FieldDef {
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** Whether {@code value} is one of the options' values. */
  public boolean hasOption(String value) {
    return options.stream().anyMatch(option -> option.value().equals(value));
  }

  /** Whether an item still needs a value for this field to be complete. */
  public boolean requiredNow() {
    return required && !retired;
  }
}
