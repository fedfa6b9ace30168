package jp.azukari.inquiry.inbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.azukari.contracts.Actor;
import jp.azukari.contracts.ActorType;
import jp.azukari.platform.security.CurrentActor;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The staff an inquiry can be assigned to: everyone who has used the inbox with a staff token,
 * under the name their token carries. Learnt from the tokens themselves, so the inbox needs no
 * admin access to Keycloak; someone who never opened the inbox cannot be assigned yet.
 */
@Component
class StaffDirectory implements HandlerInterceptor, WebMvcConfigurer {

  static final String COLLECTION = "staff";

  /** Staff member as listed. */
  record StaffMember(String id, String name) {}

  private final MongoTemplate mongo;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final Map<String, String> seen = new ConcurrentHashMap<>();

  StaffDirectory(MongoTemplate mongo, CurrentActor currentActor, Clock clock) {
    this.mongo = mongo;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/inquiries/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    Actor actor = currentActor.get();
    if (actor.type() == ActorType.STAFF) {
      seen(actor);
    }
    return true;
  }

  void seen(Actor actor) {
    String name = actor.name() == null ? actor.id() : actor.name();
    if (name.equals(seen.get(actor.id()))) {
      return;
    }
    mongo.upsert(
        Query.query(Criteria.where("_id").is(actor.id())),
        new Update().set("name", name).set("seenAt", clock.instant()),
        COLLECTION);
    seen.put(actor.id(), name);
  }

  List<StaffMember> all() {
    return mongo.find(new Query().with(Sort.by("name", "_id")), Document.class, COLLECTION).stream()
        .map(doc -> new StaffMember(doc.getString("_id"), doc.getString("name")))
        .toList();
  }

  Optional<StaffMember> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
        .map(doc -> new StaffMember(doc.getString("_id"), doc.getString("name")));
  }
}
