package jp.azukari.notification.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NewsletterPropertiesTest {

  @Test
  void eachRunSendsItsShareOfTheRatePerMinute() {
    assertThat(new NewsletterProperties(600, Duration.ofSeconds(1), null).perRun()).isEqualTo(10.0);
    assertThat(new NewsletterProperties(30, Duration.ofSeconds(1), null).perRun()).isEqualTo(0.5);
    assertThat(new NewsletterProperties(6000, Duration.ofMillis(100), null).perRun())
        .isEqualTo(10.0);
  }

  @Test
  void refusesARateBelowOneAMinute() {
    assertThatThrownBy(() -> new NewsletterProperties(0, Duration.ofSeconds(1), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
