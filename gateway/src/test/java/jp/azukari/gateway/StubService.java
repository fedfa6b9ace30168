package jp.azukari.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays a downstream service in gateway tests and remembers the headers it was sent, so the tests
 * can see what the gateway relays. The real services are met in the system tests.
 */
public final class StubService implements AutoCloseable {

  public record Received(
      String method,
      String path,
      String authorization,
      String correlationId,
      List<String> forwardedFor) {}

  private final HttpServer server;
  public final List<Received> received = new CopyOnWriteArrayList<>();

  public StubService() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  exchange.getRequestHeaders().getFirst("X-Correlation-Id"),
                  exchange.getRequestHeaders().getOrDefault("X-Forwarded-For", List.of())));
          byte[] body = "{\"status\":\"MAIL_SENT\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(202, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** An address where nothing listens: a service that is down. */
  public static String deadUrl() {
    try (var socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
