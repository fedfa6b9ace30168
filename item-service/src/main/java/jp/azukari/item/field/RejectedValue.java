package jp.azukari.item.field;

/**
 * A value that does not fit its field. {@code code} names the broken rule for the web to translate
 * (e.g. {@code value.number}); the message says it in English.
 */
public class RejectedValue extends RuntimeException {

  private final String code;

  RejectedValue(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
