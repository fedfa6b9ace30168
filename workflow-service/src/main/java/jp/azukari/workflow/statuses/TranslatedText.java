package jp.azukari.workflow.statuses;

import java.util.Map;

/** A text in the two languages of the web faces, Japanese ({@code ja}) and English ({@code en}). */
public record TranslatedText(String ja, String en) {

  /** As a map by language, the shape events carry. */
  public Map<String, String> byLanguage() {
    return Map.of("ja", ja == null ? "" : ja, "en", en == null ? "" : en);
  }
}
