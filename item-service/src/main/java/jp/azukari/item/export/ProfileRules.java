package jp.azukari.item.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;

/**
 * What makes an export profile usable, beyond the shape bean validation checks: known sources,
 * distinct headers without control characters, a value for each fixed column and none for others,
 * and, for Shift_JIS, headers and fixed values that Shift_JIS can hold (they are written as they
 * are, never replaced).
 */
final class ProfileRules {

  private ProfileRules() {}

  static List<FieldError> check(ProfileInput input) {
    var errors = new ArrayList<FieldError>();
    TextEncoding encoding = input.encodingOrDefault();
    if (input.format() == ExportFormat.XLSX && encoding != TextEncoding.UTF_8) {
      errors.add(
          new FieldError(
              "encoding", "encoding.xlsx", "An XLSX workbook is always UTF-8; choose UTF_8."));
    }
    Set<String> headers = new HashSet<>();
    for (int i = 0; i < input.columns().size(); i++) {
      ProfileInput.Column column = input.columns().get(i);
      String at = "columns[" + i + "].";
      String source = column.source().strip();
      String header = column.header().strip();
      if (!ItemSources.isKnown(source)) {
        errors.add(
            new FieldError(
                at + "source",
                "source.unknown",
                "Choose an item field key or one of the listed sources."));
      }
      boolean fixed = ItemSources.FIXED.equals(source);
      if (fixed && column.value() == null) {
        errors.add(
            new FieldError(
                at + "value",
                "value.required",
                "A fixed column needs its text (it may be empty)."));
      }
      if (!fixed && column.value() != null) {
        errors.add(
            new FieldError(
                at + "value", "value.notAllowed", "Only a fixed column has a text of its own."));
      }
      if (header.codePoints().anyMatch(Character::isISOControl)) {
        errors.add(
            new FieldError(
                at + "header", "header.control", "A header cannot hold tabs or line breaks."));
      }
      if (!headers.add(header)) {
        errors.add(
            new FieldError(at + "header", "header.duplicate", "Each header may appear once."));
      }
      if (encoding == TextEncoding.SHIFT_JIS && input.format() != ExportFormat.XLSX) {
        if (!ShiftJisText.holds(header)) {
          errors.add(
              new FieldError(
                  at + "header",
                  "header.encoding",
                  "Shift_JIS cannot hold every character of it."));
        }
        if (fixed && column.value() != null && !ShiftJisText.holds(column.value())) {
          errors.add(
              new FieldError(
                  at + "value", "value.encoding", "Shift_JIS cannot hold every character of it."));
        }
      }
    }
    return errors;
  }
}
