package jp.azukari.inquiry.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

  @Test
  void movesATakenInMailToTheDoneFolderWhenOneIsSet() throws Exception {
    int port = closedPort();
    var imap = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    imap.start();
    try {
      var shop = imap.setUser("shop@azukari.example", "shop@azukari.example", "shop");
      shop.deliver(
          new MimeMessage(
              Session.getInstance(new Properties()),
              new ByteArrayInputStream(
                  ("Message-ID: <moved@example.com>\r\nFrom: customer@example.com\r\n"
                          + "Subject: move me\r\nContent-Type: text/plain\r\n\r\nhello\r\n")
                      .getBytes(StandardCharsets.UTF_8))));
      List<InboundMail> received = new ArrayList<>();
      var handlers =
          new StaticListableBeanFactory(
                  Map.of(
                      "inbox",
                      (InboundMailHandler)
                          mail -> {
                            received.add(mail);
                            return "inq-1";
                          }))
              .getBeanProvider(InboundMailHandler.class);
      var poller =
          new MailboxPoller(properties(true, port, "Processed"), handlers, null, status, clock);

      poller.poll();
      poller.poll();

      assertThat(received)
          .extracting(InboundMail::messageId)
          .containsExactly("<moved@example.com>");
      verify(status).polled(NOW, 1, null);
      var store = Session.getInstance(new Properties()).getStore("imap");
      store.connect("127.0.0.1", port, "shop@azukari.example", "shop");
      try {
        assertThat(store.getFolder("INBOX").getMessageCount()).isZero();
        assertThat(store.getFolder("Processed").getMessageCount()).isEqualTo(1);
      } finally {
        store.close();
      }
    } finally {
      imap.stop();
    }
  }

  private static MailboxProperties properties(boolean enabled, int port) {
    return properties(enabled, port, "");
  }

  private static MailboxProperties properties(boolean enabled, int port, String doneFolder) {
    return new MailboxProperties(
        enabled,
        "imap",
        "127.0.0.1",
        port,
        "shop@azukari.example",
        "shop",
        "INBOX",
        doneFolder,
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
