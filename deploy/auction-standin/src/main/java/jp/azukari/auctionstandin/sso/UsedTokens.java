package jp.azukari.auctionstandin.sso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids ({@code jti}) of the hand-off tokens already used, each remembered until its token has
 * expired: after that the token is refused as expired anyway. In memory, like everything of the
 * stand-in, which runs as one instance.
 */
class UsedTokens {

  private final Map<String, Instant> used = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration clockSkew;

  UsedTokens(Clock clock, Duration clockSkew) {
    this.clock = clock;
    this.clockSkew = clockSkew;
  }

  /**
   * Marks the token used.
   *
   * @return whether this is its first use
   */
  boolean firstUse(String tokenId, Instant expiresAt) {
    Instant now = clock.instant();
    used.values().removeIf(expiry -> expiry.plus(clockSkew).isBefore(now));
    return used.putIfAbsent(tokenId, expiresAt) == null;
  }

  int size() {
    return used.size();
  }
}
