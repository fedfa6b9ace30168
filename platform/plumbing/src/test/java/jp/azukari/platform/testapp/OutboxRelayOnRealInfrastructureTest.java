package jp.azukari.platform.testapp;

import jp.azukari.testsupport.RealInfrastructure;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.TestPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** {@link OutboxRelayTest} against real MongoDB and Kafka; skipped without a Docker engine. */
@Testcontainers(disabledWithoutDocker = true)
@TestPropertySource(properties = RealInfrastructure.REAL_MONGODB)
class OutboxRelayOnRealInfrastructureTest extends OutboxRelayTest {

  @Container @ServiceConnection
  static final MongoDBContainer mongo = new MongoDBContainer(RealInfrastructure.MONGODB_IMAGE);

  @Container @ServiceConnection
  static final KafkaContainer kafka = new KafkaContainer(RealInfrastructure.KAFKA_IMAGE);
}
