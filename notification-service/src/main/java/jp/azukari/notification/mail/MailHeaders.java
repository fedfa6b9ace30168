package jp.azukari.notification.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Values that end up in mail headers. A line break in a header value would let whoever chose the
 * value add headers of their own (a {@code Bcc:}, say): addresses with any control character are
 * refused, display names have them replaced by spaces.
 */
final class MailHeaders {

  private MailHeaders() {}

  /** Refused: a value that must not go into a header. */
  static final class UnsafeHeaderException extends RuntimeException {
    UnsafeHeaderException(String message) {
      super(message);
    }
  }

  /** A single plain address, or {@link UnsafeHeaderException}. */
  static InternetAddress recipient(String email, String name) {
    if (email == null || email.chars().anyMatch(Character::isISOControl)) {
      throw new UnsafeHeaderException("The address contains a line break or control character");
    }
    try {
      var address = new InternetAddress(email, true);
      if (address.isGroup() || !email.strip().equals(address.getAddress())) {
        throw new UnsafeHeaderException("Not a single plain address");
      }
      String personal = displayName(name);
      if (personal != null) {
        address.setPersonal(personal, StandardCharsets.UTF_8.name());
      }
      return address;
    } catch (AddressException e) {
      throw new UnsafeHeaderException("Not a valid address: " + e.getMessage());
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }

  /** A display name on one line, or {@code null} when there is none. */
  static String displayName(String name) {
    if (name == null) {
      return null;
    }
    String oneLine = name.replaceAll("\\p{Cntrl}+", " ").strip();
    return oneLine.isEmpty() ? null : oneLine;
  }

  /** A subject on one line. */
  static String subject(String subject) {
    return subject.replaceAll("\\p{Cntrl}+", " ").strip();
  }

  /** A Message-ID as {@code <left@right>}, or {@link UnsafeHeaderException}. */
  static String messageId(String id) {
    String value = id.strip();
    if (!value.startsWith("<")) {
      value = "<" + value + ">";
    }
    if (!value.matches("<[^<>\\s@]+@[^<>\\s@]+>")) {
      throw new UnsafeHeaderException("Not a Message-ID: " + id);
    }
    return value;
  }
}
