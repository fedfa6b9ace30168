package jp.azukari.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The MongoDB-compatible server the local runtime uses, in memory and in-process: one per test JVM,
 * shared by every Spring context of that JVM. Real MongoDB runs through Testcontainers instead when
 * a Docker engine is present.
 */
public final class EmbeddedMongo
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static MongoServer server;

  public static synchronized String uri() {
    if (server == null) {
      server = new MongoServer(new MemoryBackend());
      server.bind("127.0.0.1", 0);
      Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    }
    return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (context.getEnvironment().containsProperty("azukari.test.real-mongodb")) {
      return;
    }
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource("embeddedMongo", java.util.Map.of("spring.mongodb.uri", uri())));
  }
}
