package jp.azukari.platform.upload;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/**
 * The size limit of one kind of upload. A service declares one as a bean per kind; the platform
 * then refuses larger uploads before reading them ({@link UploadSizeFilter}) and answers multipart
 * failures as problem details ({@link UploadProblems}).
 *
 * @param path the request paths of the uploads (POST), matched whole
 * @param maxSize the largest file accepted
 * @param tooLarge the service's own 413 problem (its {@code code} and wording)
 */
public record UploadLimit(
    Pattern path, DataSize maxSize, Supplier<ErrorResponseException> tooLarge) {

  /** Room for the form's other fields and the multipart boundaries. */
  private static final long MULTIPART_OVERHEAD = 64 * 1024;

  /**
   * The largest request body an upload may have: the file plus the form's other fields and the
   * multipart boundaries.
   */
  public long maxRequestBytes() {
    return maxSize.toBytes() + MULTIPART_OVERHEAD;
  }

  /** Whether the request is one of these uploads. */
  public boolean appliesTo(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && path.matcher(request.getRequestURI()).matches();
  }
}
