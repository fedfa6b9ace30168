package jp.azukari.gateway.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * MongoDB health by {@code ping}, which real MongoDB and the embedded MongoDB-compatible server
 * both answer (Boot's own indicator asks {@code hello}, which the embedded server does not know).
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

  private final ReactiveMongoTemplate mongo;

  MongoPingHealthIndicator(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  protected Mono<Health> doHealthCheck(Health.Builder builder) {
    return mongo
        .executeCommand(new Document("ping", 1))
        .map(answer -> builder.up().withDetail("ok", answer.get("ok")).build());
  }
}
