package jp.azukari.item.price;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Plays the external auction system's price feed ({@code GET /api/feed?since=&limit=}) on a real
 * port, the only thing these tests fake. Unlike the stand-in it serves exactly the updates a test
 * publishes, in the order published (so duplicates and out-of-order updates reach the service as a
 * real feed might send them), with cursors {@code <epoch>-<position>}; a cursor of another epoch (a
 * restart) reads the feed from the beginning. It can be taken down (connection refused), made to
 * fail (any status) or made slow.
 */
final class FakeAuctionSystem implements AutoCloseable {

  /** One listing's state as the feed reports it. */
  record Update(
      String auctionId,
      String itemRef,
      Instant listedAt,
      long currentBid,
      Instant endsAt,
      Long hammerPrice,
      long sequence) {

    String json() {
      return "{\"auctionId\":\"%s\",\"itemRef\":\"%s\",\"listedAt\":\"%s\",\"currentBid\":%d,\"endsAt\":\"%s\",\"hammerPrice\":%s,\"sequence\":%d}"
          .formatted(auctionId, itemRef, listedAt, currentBid, endsAt, hammerPrice, sequence);
    }

    Update bid(long amount, long newSequence) {
      return new Update(auctionId, itemRef, listedAt, amount, endsAt, hammerPrice, newSequence);
    }

    Update sold(long hammer, long newSequence) {
      return new Update(auctionId, itemRef, listedAt, currentBid, endsAt, hammer, newSequence);
    }
  }

  static Update listing(String auctionId, String itemRef, Instant listedAt, long sequence) {
    return new Update(
        auctionId, itemRef, listedAt, 0, listedAt.plus(Duration.ofDays(7)), null, sequence);
  }

  private int port;
  private HttpServer server;
  private final List<String> feed = new ArrayList<>();
  private String epoch = newEpoch();
  private volatile int failWith;
  private volatile Duration delay = Duration.ZERO;
  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> answeredCursors = new ArrayList<>();
  private final List<String> askedWith = new ArrayList<>();

  private FakeAuctionSystem(int port) {
    this.port = port;
  }

  static FakeAuctionSystem start() {
    var fake = new FakeAuctionSystem(0);
    fake.serve(0);
    return fake;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Back to an empty, healthy feed of a new run. */
  synchronized void reset() {
    epoch = newEpoch();
    feed.clear();
    answeredCursors.clear();
    askedWith.clear();
    failWith = 0;
    delay = Duration.ZERO;
    requests.set(0);
    up();
  }

  synchronized void publish(Update... updates) {
    for (Update update : updates) {
      feed.add(update.json());
    }
  }

  /** A new run: cursors of the old one read the feed from its beginning (kept as it was). */
  synchronized void restart() {
    epoch = newEpoch();
  }

  /** The cursor after everything published so far. */
  synchronized String endCursor() {
    return epoch + "-" + feed.size();
  }

  synchronized List<String> answeredCursors() {
    return List.copyOf(answeredCursors);
  }

  /** Whether the feed was asked with this cursor. */
  synchronized boolean askedWith(String cursor) {
    return askedWith.contains(cursor);
  }

  /** Refuses connections. */
  synchronized void down() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  synchronized void up() {
    if (server == null) {
      serve(port);
    }
  }

  /** Answers every request with this status (0: normally). */
  void answerWith(int status) {
    failWith = status;
  }

  /** Waits this long before answering. */
  void slow(Duration pause) {
    delay = pause;
  }

  int requests() {
    return requests.get();
  }

  private void serve(int onPort) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/api/feed", this::feed);
    server.start();
    port = server.getAddress().getPort();
  }

  private void feed(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      if (!delay.isZero()) {
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (failWith != 0) {
        respond(exchange, failWith, "text/plain", "failing on purpose");
        return;
      }
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
      String body;
      synchronized (this) {
        int from = 0;
        String since = query.get("since");
        if (since != null) {
          askedWith.add(since);
          int dash = since.lastIndexOf('-');
          long position;
          try {
            position = dash <= 0 ? -1 : Long.parseLong(since.substring(dash + 1));
          } catch (NumberFormatException e) {
            position = -1;
          }
          if (position < 0) {
            respond(exchange, 400, "application/problem+json", "{\"status\":400}");
            return;
          }
          if (since.substring(0, dash).equals(epoch)) {
            from = (int) Math.min(position, feed.size());
          }
        }
        List<String> page = feed.subList(from, Math.min(feed.size(), from + limit));
        String cursor = epoch + "-" + (from + page.size());
        answeredCursors.add(cursor);
        body =
            "{\"cursor\":\"%s\",\"updates\":[%s]}"
                .formatted(cursor, page.stream().collect(Collectors.joining(",")));
      }
      respond(exchange, 200, "application/json", body);
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, String> query(String raw) {
    var params = new HashMap<String, String>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(
              pair.substring(0, eq),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return params;
  }

  private static String newEpoch() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Override
  public void close() {
    down();
  }
}
