package jp.azukari.platform.web;

/**
 * A request the caller can fix; its message is shown to the caller as the problem's detail, so it
 * says what is wrong in words a user understands.
 */
public class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }
}
