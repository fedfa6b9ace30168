package jp.azukari.testsupport;

/**
 * The images of the real MongoDB and Kafka that the {@code ...OnRealInfrastructureTest} variants
 * run against when a Docker engine is present; without one they are skipped.
 */
public final class RealInfrastructure {

  public static final String MONGODB_IMAGE = "mongo:8";
  public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

  /** Tells {@code EmbeddedMongo} to stay out of the way. */
  public static final String REAL_MONGODB = "azukari.test.real-mongodb=true";

  private RealInfrastructure() {}
}
