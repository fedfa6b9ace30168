package jp.azukari.gateway.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A fixed-window request limit per client, counted in MongoDB so that every gateway instance sees
 * the same count (Spring Cloud Gateway's own limiter needs Redis, which Azukari does not run). When
 * MongoDB cannot be asked, requests are let through rather than refused.
 */
@Component
public class MongoRateLimiter implements RateLimiter<Object> {

  static final String COLLECTION = "rate_limits";
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final ReactiveMongoTemplate mongo;
  private final RateLimitProperties properties;
  private final Clock clock;

  MongoRateLimiter(ReactiveMongoTemplate mongo, RateLimitProperties properties, Clock clock) {
    this.mongo = mongo;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public Mono<Response> isAllowed(String routeId, String clientKey) {
    Instant now = clock.instant();
    long window = now.getEpochSecond() / WINDOW.toSeconds();
    var query = Query.query(Criteria.where("_id").is(clientKey + "@" + window));
    var update =
        new Update().inc("count", 1).setOnInsert("expireAt", now.plus(WINDOW.multipliedBy(2)));
    int limit = properties.requestsPerMinute();
    return mongo
        .findAndModify(
            query,
            update,
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            COLLECTION)
        .map(
            counter -> {
              long count = ((Number) counter.get("count")).longValue();
              long remaining = Math.max(0, limit - count);
              return new Response(
                  count <= limit,
                  Map.of(
                      "X-RateLimit-Limit", String.valueOf(limit),
                      "X-RateLimit-Remaining", String.valueOf(remaining)));
            })
        .onErrorReturn(new Response(true, Map.of()));
  }

  @Override
  public Map<String, Object> getConfig() {
    return Map.of();
  }

  @Override
  public Class<Object> getConfigClass() {
    return Object.class;
  }

  @Override
  public Object newConfig() {
    return new Object();
  }
}
