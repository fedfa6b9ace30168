package jp.azukari.inquiry.mail;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The mail intake in {@code /actuator/health} ({@code mailbox}): down while the last poll failed.
 * It is not part of readiness: the service answers the console also when the mailbox is away.
 */
@Component("mailbox")
class MailboxHealthIndicator extends AbstractHealthIndicator {

  private final MailboxStatus status;
  private final MailboxProperties properties;

  MailboxHealthIndicator(MailboxStatus status, MailboxProperties properties) {
    this.status = status;
    this.properties = properties;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    if (!properties.enabled()) {
      builder.unknown().withDetail("enabled", false);
      return;
    }
    var current = status.current();
    if (current.lastPollAt() == null) {
      builder.unknown();
    } else if (current.lastError() != null) {
      builder.down().withDetail("lastError", current.lastError());
    } else {
      builder.up();
    }
    builder
        .withDetail("lastPollAt", String.valueOf(current.lastPollAt()))
        .withDetail("fetched", current.fetched());
  }
}
