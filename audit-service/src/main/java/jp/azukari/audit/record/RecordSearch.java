package jp.azukari.audit.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Searches the audit log newest first with keyset paging: a page ends with a cursor holding the
 * time and event id of its last record, and the next page starts strictly after it. Nothing is
 * counted and nothing skipped, so the thousandth page costs what the first does; each filter is
 * served by an index on its field(s) followed by {@code time, _id}.
 */
@Service
public class RecordSearch {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Direction.DESC, "time").and(Sort.by(Sort.Direction.DESC, "_id"));

  private final MongoTemplate mongo;

  RecordSearch(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** One page of the search and the cursor of the next one (null on the last page). */
  public record Page(List<AuditRecord> records, String next) {}

  public Page page(AuditFilter filter, String cursor, int size) {
    var criteria = criteria(filter);
    if (cursor != null && !cursor.isBlank()) {
      var after = Cursor.decode(cursor);
      criteria.add(
          new Criteria()
              .orOperator(
                  Criteria.where("time").lt(after.time()),
                  Criteria.where("time").is(after.time()).and("_id").lt(after.eventId())));
    }
    var found = mongo.find(query(criteria).with(NEWEST_FIRST).limit(size + 1), AuditRecord.class);
    if (found.size() <= size) {
      return new Page(found, null);
    }
    var page = found.subList(0, size);
    var last = page.getLast();
    return new Page(List.copyOf(page), new Cursor(last.time(), last.eventId()).encode());
  }

  /** Every record the filter finds, newest first, read from a cursor (for exports). */
  public Stream<AuditRecord> stream(AuditFilter filter) {
    return mongo.stream(query(criteria(filter)).with(NEWEST_FIRST), AuditRecord.class);
  }

  public long count(AuditFilter filter) {
    return mongo.count(query(criteria(filter)), AuditRecord.class);
  }

  private static Query query(List<Criteria> criteria) {
    return criteria.isEmpty()
        ? new Query()
        : Query.query(new Criteria().andOperator(criteria.toArray(Criteria[]::new)));
  }

  private static List<Criteria> criteria(AuditFilter filter) {
    var criteria = new ArrayList<Criteria>();
    if (filter.entityType() != null) {
      criteria.add(Criteria.where("entityType").is(filter.entityType()));
    }
    if (filter.entityId() != null) {
      criteria.add(Criteria.where("subject").is(filter.entityId()));
    }
    if (filter.actorId() != null) {
      criteria.add(Criteria.where("actorId").is(filter.actorId()));
    }
    if (filter.actor() != null) {
      // Anchored: served by the index on actorName.
      criteria.add(Criteria.where("actorName").regex("^" + Pattern.quote(filter.actor())));
    }
    if (filter.action() != null) {
      criteria.add(Criteria.where("action").is(filter.action()));
    }
    if (filter.type() != null) {
      criteria.add(Criteria.where("type").is(filter.type()));
    }
    if (filter.from() != null) {
      criteria.add(Criteria.where("time").gte(filter.from()));
    }
    if (filter.to() != null) {
      criteria.add(Criteria.where("time").lt(filter.to()));
    }
    if (filter.q() != null) {
      criteria.add(
          Criteria.where("searchText").regex(Pattern.quote(SearchText.folded(filter.q()))));
    }
    return criteria;
  }

  /** Where a page ended, opaque to callers. */
  record Cursor(Instant time, String eventId) {

    String encode() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((time.toEpochMilli() + ":" + eventId).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
      try {
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        return new Cursor(
            Instant.ofEpochMilli(Long.parseLong(text.substring(0, colon))),
            text.substring(colon + 1));
      } catch (RuntimeException e) {
        throw AuditProblem.invalid("cursor is not one this service gave out");
      }
    }
  }
}
