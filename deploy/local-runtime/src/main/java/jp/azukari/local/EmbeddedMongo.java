package jp.azukari.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A MongoDB-wire-compatible server for local runs: mongo-java-server with its H2 file backend, so
 * data survives restarts. Runs in the foreground until the process is told to stop (SIGTERM or
 * Ctrl-C), then closes the data file cleanly.
 *
 * <p>Usage: {@code EmbeddedMongo [--host=127.0.0.1] [--port=27017]
 * [--data-file=.azukari/data/mongo/azukari.mv]}
 */
public final class EmbeddedMongo {

  static final String DEFAULT_HOST = "127.0.0.1";
  static final int DEFAULT_PORT = 27017;
  static final String DEFAULT_DATA_FILE = ".azukari/data/mongo/azukari.mv";

  private EmbeddedMongo() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Options options = Options.parse(args);
    Path dataFile = options.dataFile().toAbsolutePath();
    Files.createDirectories(dataFile.getParent());

    MongoServer server = new MongoServer(new H2Backend(dataFile.toString()));
    server.bind(options.host(), options.port());
    System.out.printf(
        "EmbeddedMongo listening on mongodb://%s:%d (data file %s)%n",
        options.host(), options.port(), dataFile);

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("EmbeddedMongo stopping");
                  server.shutdown();
                  System.out.println("EmbeddedMongo stopped, data file closed");
                  stopped.countDown();
                },
                "embedded-mongo-shutdown"));
    stopped.await();
  }

  record Options(String host, int port, Path dataFile) {

    static Options parse(String[] args) {
      String host = DEFAULT_HOST;
      int port = DEFAULT_PORT;
      Path dataFile = Path.of(DEFAULT_DATA_FILE);
      for (String arg : args) {
        if (arg.startsWith("--host=")) {
          host = valueOf(arg);
        } else if (arg.startsWith("--port=")) {
          port = Integer.parseInt(valueOf(arg));
        } else if (arg.startsWith("--data-file=")) {
          dataFile = Path.of(valueOf(arg));
        } else {
          throw new IllegalArgumentException(
              "Unknown argument "
                  + arg
                  + "; usage: EmbeddedMongo [--host=HOST] [--port=PORT] [--data-file=FILE]");
        }
      }
      return new Options(host, port, dataFile);
    }

    private static String valueOf(String arg) {
      return arg.substring(arg.indexOf('=') + 1);
    }
  }
}
