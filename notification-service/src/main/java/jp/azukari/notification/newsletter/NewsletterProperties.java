package jp.azukari.notification.newsletter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How newsletters go out.
 *
 * @param ratePerMinute newsletter mails per minute at most
 * @param sendInterval the pause between the sender's runs; each run sends its share of the rate
 * @param resolveBatch members added to a newsletter's frozen recipient list in one step
 */
@ConfigurationProperties("azukari.newsletter")
public record NewsletterProperties(int ratePerMinute, Duration sendInterval, Integer resolveBatch) {

  public NewsletterProperties {
    if (ratePerMinute < 1) {
      throw new IllegalArgumentException("azukari.newsletter.rate-per-minute must be at least 1");
    }
    sendInterval = sendInterval == null ? Duration.ofSeconds(1) : sendInterval;
    resolveBatch = resolveBatch == null ? 1000 : resolveBatch;
  }

  /**
   * Mails one run may send: the rate's share of one interval, at least one. A fraction left over is
   * carried by the caller, so that low rates are kept too.
   */
  double perRun() {
    return ratePerMinute * (sendInterval.toMillis() / 60_000.0);
  }
}
