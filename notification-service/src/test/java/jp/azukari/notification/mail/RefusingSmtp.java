package jp.azukari.notification.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** An SMTP server that refuses every recipient with {@code 550 5.1.1 User unknown}. */
final class RefusingSmtp implements AutoCloseable {

  private final ServerSocket server;

  private RefusingSmtp(ServerSocket server) {
    this.server = server;
    Thread.ofVirtual()
        .start(
            () -> {
              while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                  converse(socket);
                } catch (Exception closed) {
                  // Closed, or the client went away: wait for the next one.
                }
              }
            });
  }

  /** Listens on the port (0: any free one) on 127.0.0.1. */
  static RefusingSmtp on(int port) throws IOException {
    var socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return new RefusingSmtp(socket);
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private static void converse(Socket socket) throws IOException {
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
}
