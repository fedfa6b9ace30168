package jp.azukari.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/** Takes the correlation id of an incoming request (or starts one) for logs, events and reply. */
public class CorrelationIdFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = Correlation.sanitize(request.getHeader(Correlation.HEADER_HTTP));
    MDC.put(Correlation.MDC_KEY, id);
    response.setHeader(Correlation.HEADER_HTTP, id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(Correlation.MDC_KEY);
    }
  }
}
