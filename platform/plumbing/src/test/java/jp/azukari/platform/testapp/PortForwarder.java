package jp.azukari.platform.testapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes a service reachable on a port chosen before it started, the way a load balancer in front of
 * a Kafka cluster does for its bootstrap address. The embedded KRaft broker always listens on a
 * port of its own choice ({@code kafkaPorts(..)} is ignored, spring-kafka#2916); clients find the
 * broker's own address in the metadata it returns, so only the first connection goes through here.
 */
final class PortForwarder implements AutoCloseable {

  private final ServerSocket server;
  private final String targetHost;
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private PortForwarder(int port, String target) throws IOException {
    server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress("127.0.0.1", port));
    targetHost = target.substring(0, target.lastIndexOf(':'));
    targetPort = Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
    Thread.ofVirtual().name("port-forwarder-" + port).start(this::accept);
  }

  /** Forwards connections to {@code port} on 127.0.0.1 to {@code target} ({@code host:port}). */
  static PortForwarder start(int port, String target) {
    try {
      return new PortForwarder(port, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(targetHost, targetPort);
        sockets.add(client);
        sockets.add(upstream);
        pipe(client, upstream);
        pipe(upstream, client);
      } catch (IOException closedOrUnreachable) {
        // Closed: the loop ends. Target unreachable: the client sees its connection drop.
      }
    }
  }

  private static void pipe(Socket from, Socket to) {
    Thread.ofVirtual()
        .start(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException connectionClosed) {
                // One side went away; closing both ends below tells the other.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            });
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // Already closed.
    }
    sockets.forEach(PortForwarder::closeQuietly);
  }
}
