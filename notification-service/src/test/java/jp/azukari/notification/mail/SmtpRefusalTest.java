package jp.azukari.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * How the sender tells a refused recipient (BOUNCED, not retried, not held against the server) from
 * a server that is down (retried, counted by the circuit breaker), against SMTP servers that answer
 * so: a tiny one that refuses every recipient with 550, and a port nobody listens on.
 */
class SmtpRefusalTest {

  RefusingSmtp server;

  @BeforeEach
  void refusingServer() throws Exception {
    server = RefusingSmtp.on(0);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  static MailSendException sendTo(int port) throws Exception {
    var sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
    var message = sender.createMimeMessage();
    var helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom("no-reply@azukari.example");
    helper.setTo("nobody@example.com");
    helper.setSubject("件名");
    helper.setText("本文");
    return catchThrowableOfType(MailSendException.class, () -> sender.send(message));
  }

  @Test
  void aRecipientTheServerRefusesIsABounceAndNotAnOutage() throws Exception {
    var refused = sendTo(server.port());

    assertThat(refused).isNotNull();
    assertThat(SmtpServer.refusedRecipient(refused)).isTrue();
    assertThat(SmtpServer.isOutage(refused)).isFalse();
  }

  @Test
  void aServerThatDoesNotAnswerIsAnOutage() throws Exception {
    int closedPort;
    try (var unused = new ServerSocket(0)) {
      closedPort = unused.getLocalPort();
    }

    var down = sendTo(closedPort);

    assertThat(down).isNotNull();
    assertThat(SmtpServer.refusedRecipient(down)).isFalse();
    assertThat(SmtpServer.isOutage(down)).isTrue();
  }
}
