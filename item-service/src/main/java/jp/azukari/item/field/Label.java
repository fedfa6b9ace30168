package jp.azukari.item.field;

/** A text shown to people, in Japanese and English. */
public record Label(String ja, String en) {

  public static Label of(String ja, String en) {
    return new Label(ja, en);
  }
}
