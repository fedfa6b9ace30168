package jp.azukari.notification.inapp;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import jp.azukari.notification.newsletter.Newsletters;
import jp.azukari.notification.newsletter.SafeHtml;
import jp.azukari.notification.segment.Segment;
import jp.azukari.notification.segment.Segments;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Publishing broadcasts: stored at once, fanned out by {@link BroadcastFanOut}. */
@Component
class Broadcasts {

  private final MongoTemplate mongo;
  private final Segments segments;
  private final Newsletters newsletters;
  private final Clock clock;

  Broadcasts(MongoTemplate mongo, Segments segments, Newsletters newsletters, Clock clock) {
    this.mongo = mongo;
    this.segments = segments;
    this.newsletters = newsletters;
    this.clock = clock;
  }

  Broadcast publish(String title, String bodyHtml, Segment segment, boolean alsoMail, String by) {
    Segment chosen = segment == null ? Segment.everyone() : segment;
    String id = UUID.randomUUID().toString();
    String safe = SafeHtml.sanitise(bodyHtml);
    String newsletterId =
        alsoMail ? newsletters.mailBroadcast(id, title.strip(), safe, chosen, by) : null;
    var broadcast =
        Broadcast.publish(
            id,
            title.strip(),
            safe,
            chosen,
            alsoMail,
            newsletterId,
            segments.count(chosen),
            by,
            clock.instant());
    return mongo.insert(broadcast);
  }

  List<Broadcast> all() {
    return mongo.find(
        new Query().with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")).limit(200),
        Broadcast.class);
  }

  Broadcast get(String id) {
    return mongo.findById(id, Broadcast.class);
  }
}
