package jp.azukari.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the request the current thread serves came from. Services are reached through the gateway,
 * which sets {@value #HEADER} to the address it saw (a client cannot bring its own); the last entry
 * of the header is that address. Without the header (a caller inside the network) it is the peer's
 * address. Work that serves no request (scheduled jobs, consumed events) has no client address.
 */
public final class ClientAddress {

  public static final String HEADER = "X-Forwarded-For";

  /** Longest textual IPv6 address, with an IPv4 tail. */
  private static final int MAX_LENGTH = 45;

  private ClientAddress() {}

  /** The client address of the current request, null outside of one. */
  public static String current() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      return of(request.getRequest());
    }
    return null;
  }

  static String of(HttpServletRequest request) {
    String forwarded = request.getHeader(HEADER);
    if (forwarded != null) {
      String[] hops = forwarded.split(",");
      String nearest = hops[hops.length - 1].strip();
      if (isAddress(nearest)) {
        return nearest;
      }
    }
    String peer = request.getRemoteAddr();
    return isAddress(peer) ? peer : null;
  }

  /** An IPv4 or IPv6 literal, so nothing else (log forging, markup) gets into events. */
  static boolean isAddress(String candidate) {
    return candidate != null
        && !candidate.isEmpty()
        && candidate.length() <= MAX_LENGTH
        && candidate.matches("[0-9A-Fa-f:.]+")
        && (candidate.contains(".") || candidate.contains(":"));
  }
}
