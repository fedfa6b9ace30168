package jp.azukari.audit.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import jp.azukari.audit.record.AuditProblem;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins list the events that could not be handled, newest first: {@code GET
 * /api/audit/dead-letters?cursor=&size=} answers {@code {content, next}}.
 */
@RestController
@RequestMapping("/api/audit/dead-letters")
@PreAuthorize("hasRole('admin')")
class DeadLetterController {

  private static final int MAX_SIZE = 200;

  private final MongoTemplate mongo;

  DeadLetterController(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  record DeadLetterPage(List<DeadLetter> content, String next) {}

  @GetMapping
  DeadLetterPage list(
      @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw AuditProblem.invalid("size must be between 1 and " + MAX_SIZE);
    }
    var query = new Query();
    if (cursor != null && !cursor.isBlank()) {
      String[] after = decode(cursor);
      var at = Instant.ofEpochMilli(Long.parseLong(after[0]));
      query.addCriteria(
          new Criteria()
              .orOperator(
                  Criteria.where("at").lt(at),
                  Criteria.where("at").is(at).and("_id").lt(after[1])));
    }
    query.with(Sort.by(Sort.Direction.DESC, "at").and(Sort.by(Sort.Direction.DESC, "_id")));
    var found = mongo.find(query.limit(size + 1), DeadLetter.class);
    if (found.size() <= size) {
      return new DeadLetterPage(found, null);
    }
    var page = List.copyOf(found.subList(0, size));
    var last = page.getLast();
    String next =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                (last.at().toEpochMilli() + ":" + last.id()).getBytes(StandardCharsets.UTF_8));
    return new DeadLetterPage(page, next);
  }

  private static String[] decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      Long.parseLong(text.substring(0, colon));
      return new String[] {text.substring(0, colon), text.substring(colon + 1)};
    } catch (RuntimeException e) {
      throw AuditProblem.invalid("cursor is not one this service gave out");
    }
  }
}
