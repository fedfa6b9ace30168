package jp.azukari.audit.record;

/**
 * The images of the real MongoDB and Kafka that the {@code ...OnRealInfrastructureTest} variants
 * run against when a Docker engine is present; without one they are skipped.
 */
final class RealInfrastructure {

  static final String MONGODB_IMAGE = "mongo:8";
  static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

  /** Tells {@code EmbeddedMongo} to stay out of the way. */
  static final String REAL_MONGODB = "azukari.test.real-mongodb=true";

  private RealInfrastructure() {}
}
