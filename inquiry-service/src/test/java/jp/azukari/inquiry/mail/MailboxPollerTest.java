package jp.azukari.inquiry.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

class MailboxPollerTest {

  static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final MailboxStatus status = mock(MailboxStatus.class);

  @Test
  void recordsWhyTheMailboxCouldNotBeRead() throws IOException {
    var handlers =
        new StaticListableBeanFactory(Map.of("inbox", (InboundMailHandler) mail -> "inq-1"))
            .getBeanProvider(InboundMailHandler.class);
    var poller = new MailboxPoller(properties(true, closedPort()), handlers, null, status, clock);

    poller.poll();

    var error = ArgumentCaptor.forClass(String.class);
    verify(status).polled(eq(NOW), eq(0), error.capture());
    assertThat(error.getValue()).startsWith("Mailbox not readable");
  }

  @Test
  void saysSoWhenNoInboxTakesMailsIn() throws IOException {
    var none = new StaticListableBeanFactory().getBeanProvider(InboundMailHandler.class);
    var poller = new MailboxPoller(properties(true, closedPort()), none, null, status, clock);

    poller.poll();

    verify(status).polled(NOW, 0, "No inbox takes mails in (no InboundMailHandler)");
  }

  @Test
  void doesNothingWhenSwitchedOff() throws IOException {
    var none = new StaticListableBeanFactory().getBeanProvider(InboundMailHandler.class);
    var poller = new MailboxPoller(properties(false, closedPort()), none, null, status, clock);

    poller.poll();

    verify(status, never()).polled(eq(NOW), anyInt(), org.mockito.ArgumentMatchers.any());
  }

  private static MailboxProperties properties(boolean enabled, int port) {
    return new MailboxProperties(
        enabled,
        "imap",
        "127.0.0.1",
        port,
        "shop@azukari.example",
        "shop",
        "INBOX",
        "",
        20,
        Duration.ofSeconds(2),
        DataSize.ofMegabytes(10));
  }

  private static int closedPort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
