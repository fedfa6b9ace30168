package jp.azukari.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock in tests: the real time plus an offset that tests move forward, so a time
 * limit runs out without anyone sleeping. It only moves forward, so tests sharing it stay
 * independent.
 */
public final class TestClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  /** Moves the clock forward by {@code duration}. */
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
    TestClock clock() {
      return new TestClock();
    }
  }
}
