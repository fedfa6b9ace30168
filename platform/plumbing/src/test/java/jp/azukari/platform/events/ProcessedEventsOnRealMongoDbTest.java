package jp.azukari.platform.events;

import jp.azukari.testsupport.RealInfrastructure;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** {@link ProcessedEventsTest} against a real MongoDB; skipped without a Docker engine. */
@Testcontainers(disabledWithoutDocker = true)
class ProcessedEventsOnRealMongoDbTest extends ProcessedEventsTest {

  @Container
  static final MongoDBContainer mongo = new MongoDBContainer(RealInfrastructure.MONGODB_IMAGE);

  @Override
  protected String connectionString() {
    return mongo.getConnectionString();
  }
}
