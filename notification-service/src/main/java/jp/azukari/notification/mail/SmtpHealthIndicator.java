package jp.azukari.notification.mail;

import java.util.LinkedHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The SMTP server in {@code /actuator/health} ({@code smtp}): always UP, because mails wait QUEUED
 * while the server is down and go out when it returns; taking the service out of rotation would
 * only stop it from recording them. The details show the circuit breaker and the last error.
 * (Spring Boot's own mail indicator, which would go DOWN, is switched off.)
 */
@Component("smtp")
class SmtpHealthIndicator implements HealthIndicator {

  private final SmtpServer smtp;

  SmtpHealthIndicator(SmtpServer smtp) {
    this.smtp = smtp;
  }

  @Override
  public Health health() {
    var details = new LinkedHashMap<String, Object>();
    details.put("circuit", smtp.circuitState());
    if (smtp.lastError() != null) {
      details.put("lastError", smtp.lastError());
      details.put("failingSince", smtp.failingSince());
    }
    return Health.up().withDetails(details).build();
  }
}
