package jp.azukari.platform.upload;

import java.util.List;
import jp.azukari.platform.web.ProblemDetailsWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Multipart requests fail before any controller runs (the body is parsed first), so their problems
 * are answered here: too large is 413 with the upload's own problem, anything else that cannot be
 * parsed is 400.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadProblems {

  private final List<UploadLimit> limits;

  public UploadProblems(List<UploadLimit> limits) {
    this.limits = List.copyOf(limits);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e, WebRequest request) {
    UploadLimit limit =
        request instanceof ServletWebRequest servlet
            ? limits.stream()
                .filter(candidate -> candidate.appliesTo(servlet.getRequest()))
                .findFirst()
                .orElse(limits.getFirst())
            : limits.getFirst();
    ProblemDetail problem = limit.tooLarge().get().getBody();
    ProblemDetail answer =
        ProblemDetailsWriter.problem(
            HttpStatus.valueOf(problem.getStatus()), problem.getDetail(), path(request));
    answer.setType(problem.getType());
    if (problem.getProperties() != null) {
      answer.setProperty("code", problem.getProperties().get("code"));
    }
    return answer;
  }

  @ExceptionHandler(MultipartException.class)
  ProblemDetail malformed(MultipartException e, WebRequest request) {
    ProblemDetail problem =
        ProblemDetailsWriter.problem(
            HttpStatus.BAD_REQUEST,
            "The upload could not be read. Send the file as multipart/form-data.",
            path(request));
    problem.setProperty("code", "upload.malformed");
    return problem;
  }

  private static String path(WebRequest request) {
    return request instanceof ServletWebRequest servlet
        ? servlet.getRequest().getRequestURI()
        : "/";
  }
}
