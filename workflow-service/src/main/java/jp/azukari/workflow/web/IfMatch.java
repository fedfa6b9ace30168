package jp.azukari.workflow.web;

import java.util.regex.Pattern;
import jp.azukari.platform.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Edits name the version they were made on in an {@code If-Match} header, {@code If-Match: "3"},
 * the {@code ETag} of what the client read. Without it an edit could overwrite a change its author
 * never saw, so it is required (428); a stale one is answered with 409.
 */
public final class IfMatch {

  public static final String HEADER = "If-Match";
  private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?([0-9]{1,18})\"?");

  private IfMatch() {}

  /** The version named by a required {@code If-Match} header. */
  public static long version(String header) {
    if (header == null || header.isBlank()) {
      throw new ResponseStatusException(
          HttpStatus.PRECONDITION_REQUIRED,
          "Send the version you last saw in an If-Match header, e.g. If-Match: \"3\".");
    }
    return parse(header);
  }

  /** The version named by an optional {@code If-Match} header; {@code null} without one. */
  public static Long optionalVersion(String header) {
    return header == null || header.isBlank() ? null : parse(header);
  }

  public static String etag(Long version) {
    return "\"" + (version == null ? 0 : version) + "\"";
  }

  private static long parse(String header) {
    var matcher = VERSION.matcher(header.strip());
    if (!matcher.matches()) {
      throw new InvalidRequestException(
          "The If-Match header must hold the version you last saw, e.g. If-Match: \"3\".");
    }
    return Long.parseLong(matcher.group(1));
  }
}
