package jp.azukari.platform.testapp;

import jp.azukari.testsupport.RealInfrastructure;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.TestPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * {@link OutboxDuringKafkaOutageTest} with the outboxes in a real MongoDB; skipped without a Docker
 * engine. The broker that comes up during the test stays the in-process one: it has to appear on an
 * address the application was given before it started.
 */
@Testcontainers(disabledWithoutDocker = true)
@TestPropertySource(properties = RealInfrastructure.REAL_MONGODB)
class OutboxDuringKafkaOutageOnRealMongoDbTest extends OutboxDuringKafkaOutageTest {

  @Container @ServiceConnection
  static final MongoDBContainer mongo = new MongoDBContainer(RealInfrastructure.MONGODB_IMAGE);
}
