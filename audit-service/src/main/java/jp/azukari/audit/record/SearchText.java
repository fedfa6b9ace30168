package jp.azukari.audit.record;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The values of a record's data (each change's before and after included) as one lower-case,
 * width-folded text, which the full-text filter {@code q} searches.
 */
final class SearchText {

  private SearchText() {}

  static String of(AuditRecord record) {
    var text = new StringBuilder();
    collect(record.data(), text);
    return folded(text.toString());
  }

  /** Full-width letters and digits as their ASCII forms, in lower case: how {@code q} matches. */
  static String folded(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static void collect(Object value, StringBuilder text) {
    switch (value) {
      case null -> {}
      case Map<?, ?> map -> map.values().forEach(element -> collect(element, text));
      case Collection<?> list -> list.forEach(element -> collect(element, text));
      default -> text.append(value).append('\n');
    }
  }
}
