package jp.azukari.notification.mail;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The SMTP server, called through a Resilience4j retry (a few calls with growing pauses) behind a
 * circuit breaker: while the server keeps failing, the breaker stops calling it for {@code
 * azukari.mail.breaker-open-for} and mails wait, QUEUED, without using up their attempts. A refused
 * recipient is the recipient's problem, not the server's: neither retried nor counted by the
 * breaker.
 */
@Component
class SmtpServer {

  static final String NAME = "smtp";
  private static final Logger log = LoggerFactory.getLogger(SmtpServer.class);

  private final JavaMailSender mail;
  private final Retry retry;
  private final CircuitBreaker breaker;
  private volatile String lastError;
  private volatile Instant failingSince;

  SmtpServer(JavaMailSender mail, MailProperties properties, MeterRegistry meters) {
    this.mail = mail;
    var retries =
        RetryRegistry.of(
            RetryConfig.custom()
                .maxAttempts(Math.max(1, properties.retryAttempts()))
                .intervalFunction(
                    IntervalFunction.ofExponentialBackoff(properties.retryBackoff(), 2))
                .retryOnException(SmtpServer::isOutage)
                .build());
    var breakers =
        CircuitBreakerRegistry.of(
            CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(SmtpServer::isOutage)
                .build());
    this.retry = retries.retry(NAME);
    this.breaker = breakers.circuitBreaker(NAME);
    this.breaker
        .getEventPublisher()
        .onStateTransition(
            event -> log.info("SMTP circuit breaker {}", event.getStateTransition()));
    TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
  }

  /** Thrown instead of calling the server while the breaker is open. */
  static class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Hands the message to the SMTP server.
   *
   * @throws Unavailable when the breaker holds calls back
   * @throws MailException when the server failed (after the retries) or refused the message
   */
  void send(MimeMessage message) {
    MailException[] failed = new MailException[1];
    Runnable guarded =
        Retry.decorateRunnable(
            retry,
            CircuitBreaker.decorateRunnable(
                breaker,
                () -> {
                  try {
                    mail.send(message);
                  } catch (MailException e) {
                    failed[0] = e;
                    outage(e);
                    throw e;
                  }
                }));
    try {
      guarded.run();
      lastError = null;
      failingSince = null;
    } catch (CallNotPermittedException open) {
      if (failed[0] != null) {
        // Tried and failed, then the breaker opened before the retry: an attempt all the same.
        throw failed[0];
      }
      throw new Unavailable("the SMTP server keeps failing (last: " + lastError + ")");
    }
  }

  private void outage(MailException e) {
    if (isOutage(e)) {
      lastError = e.getMessage();
      if (failingSince == null) {
        failingSince = Instant.now();
      }
    }
  }

  MimeMessage createMimeMessage() {
    return mail.createMimeMessage();
  }

  JavaMailSender sender() {
    return mail;
  }

  /** CLOSED, OPEN, HALF_OPEN... */
  String circuitState() {
    return breaker.getState().name();
  }

  String lastError() {
    return lastError;
  }

  Instant failingSince() {
    return failingSince;
  }

  /** The server is unreachable, busy or failing, as opposed to refusing this message. */
  static boolean isOutage(Throwable e) {
    if (e instanceof MailAuthenticationException) {
      return true;
    }
    return e instanceof MailSendException send && !refusedRecipient(send);
  }

  /** The server refused the recipient (a 5xx answer to RCPT TO). */
  static boolean refusedRecipient(MailException e) {
    if (e instanceof MailSendException send) {
      return send.getFailedMessages().values().stream()
          .anyMatch(
              cause ->
                  cause instanceof SendFailedException failed
                      && failed.getInvalidAddresses() != null
                      && failed.getInvalidAddresses().length > 0);
    }
    return false;
  }
}
