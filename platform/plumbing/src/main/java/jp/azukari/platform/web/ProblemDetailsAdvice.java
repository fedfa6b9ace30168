package jp.azukari.platform.web;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every error a service answers: field errors for validation failures,
 * a correlation id to quote, 409 for concurrent edits, and never a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  /**
   * One invalid field. {@code code} names the broken rule for a user interface that translates
   * messages: a service's own rule code (carried as the violation's dynamic payload, e.g. {@code
   * postalCode.format}) or the constraint's name (e.g. {@code NotBlank}).
   */
  public record FieldError(String field, String code, String message) {

    static FieldError of(org.springframework.validation.FieldError error) {
      String code = error.getCode();
      if (error.contains(ConstraintViolation.class)) {
        ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
        HibernateConstraintViolation<?> hibernate =
            violation.unwrap(HibernateConstraintViolation.class);
        String ruleCode = hibernate.getDynamicPayload(String.class);
        if (ruleCode != null) {
          code = ruleCode;
        }
      }
      return new FieldError(error.getField(), code, error.getDefaultMessage());
    }
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Some fields are not valid.", request);
    problem.setTitle("Invalid input");
    List<FieldError> errors =
        e.getBindingResult().getFieldErrors().stream().map(FieldError::of).toList();
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrentEdit(OptimisticLockingFailureException e, WebRequest request) {
    ProblemDetail problem =
        problem(
            HttpStatus.CONFLICT,
            "Someone else changed this record in the meantime. Reload it and apply your change again.",
            request);
    problem.setTitle("Concurrent change");
    return problem;
  }

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail badRequest(InvalidRequestException e, WebRequest request) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage(), request);
  }

  @ExceptionHandler({AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class})
  void rethrowSecurity(RuntimeException e) {
    // Let Spring Security's entry point and access-denied handler answer (401 vs 403).
    throw e;
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e, WebRequest request) {
    log.error("Unexpected error", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side. Please try again later.",
        request);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(e, body, headers, status, request);
    if (response != null && response.getBody() instanceof ProblemDetail problem) {
      addCorrelationId(problem);
    }
    return response;
  }

  private static ProblemDetail problem(HttpStatus status, String detail, WebRequest request) {
    String path =
        request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "/";
    return ProblemDetailsWriter.problem(status, detail, path);
  }

  private static void addCorrelationId(ProblemDetail problem) {
    Map<String, Object> properties = problem.getProperties();
    String correlationId = Correlation.current();
    if (correlationId != null && (properties == null || !properties.containsKey("correlationId"))) {
      problem.setProperty("correlationId", correlationId);
    }
  }
}
