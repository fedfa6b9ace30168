package jp.azukari.notification.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import jp.azukari.notification.segment.Segment;
import jp.azukari.platform.web.CodedProblems;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ResponseStatusException;

/** Composing newsletters and the staff actions on them. */
@Component
public class Newsletters {

  private static final int ATTEMPTS = 5;

  private final MongoTemplate mongo;
  private final Clock clock;

  Newsletters(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * Stores a newsletter (HTML sanitised; the text made from it when none is given), as a draft or,
   * with a time, scheduled.
   */
  Newsletter compose(
      String subject, String html, String text, Segment segment, Instant at, String by) {
    String safe = SafeHtml.sanitise(html);
    String plain = text == null || text.isBlank() ? SafeHtml.text(safe) : text;
    var newsletter =
        Newsletter.compose(
            UUID.randomUUID().toString(),
            subject.strip(),
            safe,
            plain,
            segment,
            at,
            null,
            by,
            clock.instant());
    return mongo.insert(newsletter);
  }

  /**
   * Mails a broadcast to the opted-in members of its segment, starting at once; returns the
   * newsletter's id.
   */
  public String mailBroadcast(
      String broadcastId, String title, String safeHtml, Segment segment, String by) {
    var newsletter =
        Newsletter.compose(
            UUID.randomUUID().toString(),
            title,
            safeHtml,
            SafeHtml.text(safeHtml),
            segment,
            null,
            broadcastId,
            by,
            clock.instant());
    newsletter.start(clock.instant());
    return mongo.insert(newsletter).id();
  }

  List<Newsletter> all() {
    return mongo.find(
        new Query().with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")).limit(200),
        Newsletter.class);
  }

  Newsletter get(String id) {
    Newsletter newsletter = mongo.findById(id, Newsletter.class);
    if (newsletter == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such newsletter.");
    }
    return newsletter;
  }

  Newsletter send(String id) {
    return act(id, n -> n.start(clock.instant()));
  }

  Newsletter pause(String id) {
    return act(id, Newsletter::pause);
  }

  Newsletter resume(String id) {
    return act(id, Newsletter::resume);
  }

  Newsletter cancel(String id) {
    return act(id, n -> n.cancel(clock.instant()));
  }

  /**
   * Applies the action to the newsletter as it is now: the sender advances its counters all the
   * time, so a conflict is retried on a fresh copy.
   */
  Newsletter act(String id, Consumer<Newsletter> action) {
    for (int attempt = 1; ; attempt++) {
      Newsletter newsletter = get(id);
      try {
        action.accept(newsletter);
      } catch (Newsletter.StateConflict e) {
        var problem = CodedProblems.of(HttpStatus.CONFLICT, "newsletter-state", e.getMessage());
        throw new ErrorResponseException(HttpStatus.CONFLICT, problem, e);
      }
      try {
        return mongo.save(newsletter);
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        if (attempt >= ATTEMPTS) {
          throw changedMeanwhile;
        }
      }
    }
  }
}
