package jp.azukari.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import jp.azukari.testsupport.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.session.MapSession;

class MongoWebSessionsTest {

  private final ReactiveMongoTemplate mongo =
      new ReactiveMongoTemplate(MongoClients.create(EmbeddedMongo.uri()), "gateway-sessions-test");
  private final MongoWebSessions sessions = new MongoWebSessions(mongo, Duration.ofMinutes(30));

  @Test
  void anotherInstanceFindsTheSessionWithItsAttributes() {
    MapSession session = sessions.createSession().block();
    session.setAttribute("returnTo", "/admin/");
    sessions.save(session).block();

    var otherInstance = new MongoWebSessions(mongo, Duration.ofMinutes(30));
    MapSession found = otherInstance.findById(session.getId()).block();

    assertThat(found).isNotNull();
    assertThat((String) found.getAttribute("returnTo")).isEqualTo("/admin/");
    assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aNewSessionIdAtLoginRetiresTheOldOne() {
    MapSession session = sessions.createSession().block();
    sessions.save(session).block();
    MapSession loaded = sessions.findById(session.getId()).block();
    String oldId = loaded.getId();

    loaded.changeSessionId();
    sessions.save(loaded).block();

    assertThat(sessions.findById(oldId).blockOptional()).isEmpty();
    assertThat(sessions.findById(loaded.getId()).blockOptional()).isPresent();
  }

  @Test
  void anExpiredSessionIsGone() {
    MapSession session = sessions.createSession().block();
    session.setLastAccessedTime(Instant.now().minus(Duration.ofHours(1)));
    sessions.save(session).block();

    assertThat(sessions.findById(session.getId()).blockOptional()).isEmpty();
  }

  @Test
  void loggingOutDeletesTheSession() {
    MapSession session = sessions.createSession().block();
    sessions.save(session).block();

    sessions.deleteById(session.getId()).block();

    assertThat(sessions.findById(session.getId()).blockOptional()).isEmpty();
  }
}
