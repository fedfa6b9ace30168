package jp.azukari.platform.events;

/** A record that is not an event envelope: retrying cannot help, it goes to the dead letters. */
public class MalformedEventException extends RuntimeException {

  public MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
