package jp.azukari.member.japanese;

/**
 * What a user typed cannot be accepted. The message is a plain English sentence that tells the user
 * how to fix it and never repeats the input; the code names the broken rule (e.g. {@code
 * postalCode.format}) so that a user interface can show its own translation.
 */
public class RejectedInput extends RuntimeException {

  private final String code;

  public RejectedInput(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
