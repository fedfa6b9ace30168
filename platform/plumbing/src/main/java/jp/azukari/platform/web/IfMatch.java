package jp.azukari.platform.web;

import java.util.regex.Pattern;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Edits name the version they were made on in an {@code If-Match} header, {@code If-Match: "3"},
 * the {@code ETag} of the record the client read. Without it an edit could overwrite a change the
 * client never saw, so it is required (428); a stale one is answered with 409 by comparing it with
 * the aggregate's {@code @Version}.
 */
public final class IfMatch {

  public static final String HEADER = "If-Match";
  private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?([0-9]{1,18})\"?");

  private IfMatch() {}

  /** The version an {@code If-Match} header names: 428 when it is missing, 400 when malformed. */
  public static long version(String header) {
    if (header == null || header.isBlank()) {
      throw new ResponseStatusException(
          HttpStatus.PRECONDITION_REQUIRED,
          "Send the version you last saw in an If-Match header, e.g. If-Match: \"3\".");
    }
    var matcher = VERSION.matcher(header.strip());
    if (!matcher.matches()) {
      throw new InvalidRequestException(
          "The If-Match header must hold the version you last saw, e.g. If-Match: \"3\".");
    }
    return Long.parseLong(matcher.group(1));
  }

  /** The version an optional {@code If-Match} header names; {@code null} without one. */
  public static Long optionalVersion(String header) {
    return header == null || header.isBlank() ? null : version(header);
  }

  /** 409 unless the aggregate is still at the version the client edited. */
  public static void check(OutboxAggregate aggregate, String header) {
    long expected = version(header);
    if (aggregate.version() == null || aggregate.version() != expected) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "Someone changed this record after you loaded it (you edited version "
              + expected
              + ", it is now at "
              + aggregate.version()
              + "). Reload it and make your change again.");
    }
  }

  /** The {@code ETag} of a version or revision. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** The {@code ETag} of an aggregate's current version. */
  public static String etag(OutboxAggregate aggregate) {
    return "\"" + aggregate.version() + "\"";
  }
}
