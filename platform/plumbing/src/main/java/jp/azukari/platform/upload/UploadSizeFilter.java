package jp.azukari.platform.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import jp.azukari.platform.web.ProblemDetailsWriter;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload whose declared length is over its limit before a byte of it is read (after
 * authentication, which runs earlier). Uploads without a declared length are held to the multipart
 * limits and the store's own bound instead.
 */
public class UploadSizeFilter extends OncePerRequestFilter {

  private final List<UploadLimit> limits;
  private final ProblemDetailsWriter problems;

  public UploadSizeFilter(List<UploadLimit> limits, ProblemDetailsWriter problems) {
    this.limits = List.copyOf(limits);
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return limitOf(request).isEmpty();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<UploadLimit> limit = limitOf(request);
    if (limit.isPresent() && request.getContentLengthLong() > limit.get().maxRequestBytes()) {
      response.setHeader("Connection", "close");
      problems.write(
          request,
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          limit.get().tooLarge().get().getBody().getDetail());
      return;
    }
    chain.doFilter(request, response);
  }

  private Optional<UploadLimit> limitOf(HttpServletRequest request) {
    return limits.stream().filter(limit -> limit.appliesTo(request)).findFirst();
  }
}
