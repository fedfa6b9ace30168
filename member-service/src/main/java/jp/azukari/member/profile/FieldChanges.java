package jp.azukari.member.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.azukari.contracts.FieldChange;

/** Collects the fields that differ between two versions of a value, for change events. */
final class FieldChanges {

  private final List<FieldChange> changes = new ArrayList<>();

  /** Lists the field if the values differ, showing {@code before} and {@code after} as given. */
  FieldChanges compare(String field, Object before, Object after) {
    return compare(field, before, after, before, after);
  }

  /**
   * Lists the field if the real values differ, showing the given (for example masked) forms instead
   * of the real ones.
   */
  FieldChanges compare(
      String field, Object before, Object after, Object shownBefore, Object shownAfter) {
    if (!Objects.equals(before, after)) {
      changes.add(new FieldChange(field, shownBefore, shownAfter));
    }
    return this;
  }

  List<FieldChange> list() {
    return List.copyOf(changes);
  }
}
