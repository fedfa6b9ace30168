package jp.azukari.item.photo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import jp.azukari.platform.web.ProblemDetailsWriter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a photo upload whose declared length is over the limit before a byte of it is read (after
 * authentication, which runs earlier). Uploads without a declared length are held to the multipart
 * limits and the store's own bound instead.
 */
@Component
class UploadSizeFilter extends OncePerRequestFilter {

  static final Pattern UPLOAD_PATH = Pattern.compile("^/api/items/(?:me/)?[^/]+/photos/?$");

  private final PhotoProperties properties;
  private final ProblemDetailsWriter problems;

  UploadSizeFilter(PhotoProperties properties, ProblemDetailsWriter problems) {
    this.properties = properties;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !UPLOAD_PATH.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > properties.maxRequestBytes()) {
      response.setHeader("Connection", "close");
      problems.write(
          request,
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          PhotoProblems.tooLarge(properties).getBody().getDetail());
      return;
    }
    chain.doFilter(request, response);
  }
}
