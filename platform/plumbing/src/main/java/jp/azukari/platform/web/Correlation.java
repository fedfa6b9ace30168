package jp.azukari.platform.web;

import java.util.UUID;
import org.slf4j.MDC;

/**
 * The correlation id ties together everything one user action caused: the gateway sets it, it
 * travels in the {@value #HEADER_HTTP} HTTP header and the {@value #HEADER_KAFKA} Kafka header, and
 * it is in every log line (MDC key {@value #MDC_KEY}) and every event envelope.
 */
public final class Correlation {

  public static final String HEADER_HTTP = "X-Correlation-Id";
  public static final String HEADER_KAFKA = "correlationid";
  public static final String MDC_KEY = "correlationId";

  private Correlation() {}

  public static String current() {
    return MDC.get(MDC_KEY);
  }

  public static String currentOrNew() {
    String current = current();
    return current != null ? current : UUID.randomUUID().toString();
  }

  /** Accepts an id from outside only if it looks like one, so logs cannot be forged through it. */
  public static String sanitize(String candidate) {
    if (candidate == null || candidate.isBlank() || candidate.length() > 64) {
      return UUID.randomUUID().toString();
    }
    return candidate.matches("[A-Za-z0-9._-]+") ? candidate : UUID.randomUUID().toString();
  }
}
