package jp.azukari.platform.upload;

/** Content longer than allowed; nothing of it was kept. */
public final class ContentTooLargeException extends RuntimeException {

  public ContentTooLargeException(long maxBytes) {
    super("Content longer than " + maxBytes + " bytes");
  }
}
