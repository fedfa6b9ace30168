package jp.azukari.gateway.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Web sessions stored in MongoDB, so that a user's login (and the tokens relayed for them) is seen
 * by every gateway instance. Spring Session's own MongoDB module has no release for this Spring
 * generation yet; this is the small part of it the gateway needs.
 */
public class MongoWebSessions implements ReactiveSessionRepository<MapSession> {

  static final String COLLECTION = "web_sessions";

  private final ReactiveMongoTemplate mongo;
  private final Duration maxInactive;

  public MongoWebSessions(ReactiveMongoTemplate mongo, Duration maxInactive) {
    this.mongo = mongo;
    this.maxInactive = maxInactive;
  }

  @Override
  public Mono<MapSession> createSession() {
    return Mono.fromSupplier(
        () -> {
          var session = new MapSession();
          session.setMaxInactiveInterval(maxInactive);
          return session;
        });
  }

  @Override
  public Mono<Void> save(MapSession session) {
    Mono<Void> dropOldId =
        session.getOriginalId().equals(session.getId())
            ? Mono.empty()
            : deleteById(session.getOriginalId());
    Instant expireAt = session.getLastAccessedTime().plus(session.getMaxInactiveInterval());
    var document =
        new Document("_id", session.getId())
            .append("creationTime", session.getCreationTime())
            .append("lastAccessedTime", session.getLastAccessedTime())
            .append("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
            .append("expireAt", expireAt);
    return dropOldId
        .then(Mono.fromCallable(() -> serialize(session)).subscribeOn(Schedulers.boundedElastic()))
        .flatMap(attributes -> mongo.save(document.append("attributes", attributes), COLLECTION))
        .then();
  }

  @Override
  public Mono<MapSession> findById(String id) {
    return mongo
        .findById(id, Document.class, COLLECTION)
        .flatMap(
            document -> {
              var session = new MapSession(id);
              session.setCreationTime(document.getDate("creationTime").toInstant());
              session.setLastAccessedTime(document.getDate("lastAccessedTime").toInstant());
              session.setMaxInactiveInterval(
                  Duration.ofSeconds(document.get("maxInactiveSeconds", Number.class).longValue()));
              if (session.isExpired()) {
                return deleteById(id).then(Mono.empty());
              }
              deserialize(document.get("attributes", Binary.class)).forEach(session::setAttribute);
              return Mono.just(session);
            });
  }

  @Override
  public Mono<Void> deleteById(String id) {
    return mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION).then();
  }

  private static Binary serialize(MapSession session) {
    Map<String, Object> attributes = new HashMap<>();
    session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(attributes);
    } catch (IOException e) {
      throw new UncheckedIOException("Session attributes must be serializable", e);
    }
    return new Binary(bytes.toByteArray());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deserialize(Binary attributes) {
    try (var in = new ObjectInputStream(new ByteArrayInputStream(attributes.getData()))) {
      return (Map<String, Object>) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      // A session written by an incompatible version is treated as logged out.
      return Map.of();
    }
  }
}
