package jp.azukari.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

  ServerSocket server;
  Thread thread;

  @BeforeEach
  void refusingServer() throws Exception {
    server = new ServerSocket(0);
    thread =
        Thread.ofVirtual()
            .start(
                () -> {
                  while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                      converse(socket);
                    } catch (Exception closed) {
                      return;
                    }
                  }
                });
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private static void converse(Socket socket) throws Exception {
    var in =
        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
    out.print("220 refusing.example ESMTP\r\n");
    out.flush();
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase();
      String answer =
          command.startsWith("EHLO") || command.startsWith("HELO")
              ? "250 refusing.example"
              : command.startsWith("MAIL FROM")
                  ? "250 OK"
                  : command.startsWith("RCPT TO")
                      ? "550 5.1.1 User unknown"
                      : command.startsWith("QUIT") ? "221 Bye" : "250 OK";
      out.print(answer + "\r\n");
      out.flush();
      if (command.startsWith("QUIT")) {
        return;
      }
    }
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
    var refused = sendTo(server.getLocalPort());

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
