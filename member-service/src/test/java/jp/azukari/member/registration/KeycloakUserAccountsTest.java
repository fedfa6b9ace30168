package jp.azukari.member.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import jp.azukari.member.registration.UserAccounts.IdentityProviderUnavailable;
import jp.azukari.member.registration.UserAccounts.NewAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak adapter when Keycloak cannot be reached: callers get {@link
 * IdentityProviderUnavailable} (answered 503, nothing changed), after a few retries, and once it
 * keeps failing the circuit breaker answers at once without calling. (Against the real Keycloak it
 * runs in the system tests.)
 */
class KeycloakUserAccountsTest {

  final KeycloakUserAccounts accounts =
      new KeycloakUserAccounts(
          new KeycloakProperties(
              "http://127.0.0.1:" + closedPort(),
              "azukari",
              "azukari-member-service",
              "secret",
              Duration.ofMillis(500),
              Duration.ofSeconds(1)));

  @AfterEach
  void close() {
    accounts.destroy();
  }

  static NewAccount hanako() {
    return new NewAccount("hanako@example.com", true, Instant.now(), null, null, "ja");
  }

  @Test
  void anUnreachableKeycloakIsReportedAsUnavailable() {
    assertThatThrownBy(() -> accounts.create(hanako()))
        .isInstanceOf(IdentityProviderUnavailable.class);
    assertThatThrownBy(() -> accounts.setPassword("someone", "a good password"))
        .isInstanceOf(IdentityProviderUnavailable.class);
  }

  @Test
  void whenKeycloakKeepsFailingTheBreakerAnswersWithoutCalling() {
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> accounts.markEmailVerified("someone"))
          .isInstanceOf(IdentityProviderUnavailable.class);
    }

    long started = System.nanoTime();
    assertThatThrownBy(() -> accounts.create(hanako()))
        .isInstanceOf(IdentityProviderUnavailable.class)
        .hasMessageContaining("not calling it");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(200));
  }

  static int closedPort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
