package jp.azukari.inquiry.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The service's clock in inbox tests: real time plus an offset that only moves forward. */
public final class InboxClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  public void advance(Duration duration) {
    offset = offset.plus(duration);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  /** Replaces the platform's system clock. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Configuration {

    @Bean
    InboxClock clock() {
      return new InboxClock();
    }
  }
}
