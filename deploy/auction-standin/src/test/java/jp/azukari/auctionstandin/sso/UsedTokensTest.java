package jp.azukari.auctionstandin.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UsedTokensTest {

  static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

  @Test
  void aTokenIdIsAcceptedOnceAndForgottenOnlyAfterItsTokenExpired() {
    var clock = new MutableClock(NOW);
    var used = new UsedTokens(clock, Duration.ofSeconds(5));

    assertThat(used.firstUse("jti-1", NOW.plusSeconds(60))).isTrue();
    assertThat(used.firstUse("jti-1", NOW.plusSeconds(60))).isFalse();

    clock.now = NOW.plusSeconds(64);
    assertThat(used.firstUse("jti-1", NOW.plusSeconds(60))).as("still within the skew").isFalse();

    clock.now = NOW.plusSeconds(66);
    assertThat(used.firstUse("jti-2", NOW.plusSeconds(126))).isTrue();
    assertThat(used.size()).as("jti-1 expired and is forgotten").isEqualTo(1);
  }

  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
