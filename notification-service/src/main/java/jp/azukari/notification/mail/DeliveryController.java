package jp.azukari.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.azukari.platform.web.CodedProblems;
import jp.azukari.platform.web.InvalidRequestException;
import jp.azukari.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log for staff: {@code GET /api/notifications/deliveries} searches it (member, kind,
 * state, address, period, text in subject or address), newest first; {@code GET .../{id}} shows one
 * with its rendered text; {@code POST .../{id}/resend} sends a FAILED or BOUNCED mail again (a new
 * attempt on the same delivery, announced as MailResent); {@code GET .../summary} counts mails by
 * state for the console's front page.
 */
@RestController
@RequestMapping("/api/notifications/deliveries")
@PreAuthorize("hasRole('staff')")
class DeliveryController {

  private final MongoTemplate mongo;
  private final Clock clock;

  DeliveryController(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** A delivery in the log. */
  record DeliveryView(
      String id,
      String kind,
      String memberId,
      String to,
      String toName,
      String subject,
      MailDelivery.State state,
      int attempts,
      String lastError,
      Instant queuedAt,
      Instant sentAt,
      Instant nextAttemptAt,
      String relatedType,
      String relatedId,
      int resends,
      boolean resendable) {

    static DeliveryView of(MailDelivery d) {
      return new DeliveryView(
          d.id(),
          d.kind(),
          d.memberId(),
          d.to(),
          d.toName(),
          d.subject(),
          d.state(),
          d.attempts(),
          d.lastError(),
          d.createdAt(),
          d.sentAt(),
          d.nextAttemptAt(),
          d.relatedType(),
          d.relatedId(),
          d.resends(),
          d.resendable());
    }
  }

  /** One delivery with what was (or will be) sent; bodies of sent confirmation links are gone. */
  record DeliveryDetail(
      DeliveryView delivery,
      String text,
      String html,
      String messageId,
      String inReplyTo,
      List<String> references) {}

  /** A page of the log. */
  record DeliveryPage(List<DeliveryView> content, PageInfo page) {}

  /** Where the page is. */
  record PageInfo(int size, int number, long totalElements, int totalPages) {}

  @GetMapping
  DeliveryPage search(
      @RequestParam(required = false) String memberId,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) MailDelivery.State state,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant until,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    int number = Paging.page(page);
    int pageSize = Paging.size(size);
    String text = Paging.query(q);
    List<Criteria> criteria = new ArrayList<>();
    if (memberId != null && !memberId.isBlank()) {
      criteria.add(Criteria.where("memberId").is(memberId));
    }
    if (kind != null && !kind.isBlank()) {
      criteria.add(Criteria.where("kind").is(kind));
    }
    if (state != null) {
      criteria.add(Criteria.where("state").is(state.name()));
    }
    if (to != null && !to.isBlank()) {
      criteria.add(Criteria.where("to").regex(Pattern.quote(to.strip()), "i"));
    }
    if (from != null && until != null && from.isAfter(until)) {
      throw new InvalidRequestException("The period must start before it ends.");
    }
    if (from != null || until != null) {
      Criteria period = Criteria.where("createdAt");
      if (from != null) {
        period = period.gte(from);
      }
      if (until != null) {
        period = period.lt(until);
      }
      criteria.add(period);
    }
    if (text != null && !text.isBlank()) {
      String quoted = Pattern.quote(text.strip());
      criteria.add(
          new Criteria()
              .orOperator(
                  Criteria.where("subject").regex(quoted, "i"),
                  Criteria.where("to").regex(quoted, "i"),
                  Criteria.where("toName").regex(quoted, "i"),
                  Criteria.where("relatedId").is(text.strip()),
                  Criteria.where("_id").is(text.strip())));
    }
    Query query =
        criteria.isEmpty()
            ? new Query()
            : Query.query(new Criteria().andOperator(criteria.toArray(Criteria[]::new)));
    long total = mongo.count(query, MailDelivery.class);
    query
        .with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"))
        .skip((long) number * pageSize)
        .limit(pageSize);
    List<DeliveryView> content =
        mongo.find(query, MailDelivery.class).stream().map(DeliveryView::of).toList();
    return new DeliveryPage(
        content, new PageInfo(pageSize, number, total, (int) ((total + pageSize - 1) / pageSize)));
  }

  @GetMapping("/summary")
  Map<String, Long> summary() {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (MailDelivery.State state : MailDelivery.State.values()) {
      counts.put(
          state.name(),
          mongo.count(Query.query(Criteria.where("state").is(state.name())), MailDelivery.class));
    }
    return counts;
  }

  @GetMapping("/{id}")
  DeliveryDetail one(@PathVariable String id) {
    MailDelivery d = find(id);
    return new DeliveryDetail(
        DeliveryView.of(d), d.text(), d.html(), d.messageId(), d.inReplyTo(), d.references());
  }

  @PostMapping("/{id}/resend")
  ResponseEntity<DeliveryView> resend(@PathVariable String id) {
    MailDelivery d = find(id);
    if (!d.resendable()) {
      throw new ErrorResponseException(
          HttpStatus.CONFLICT,
          CodedProblems.of(
              HttpStatus.CONFLICT,
              "mail-not-resendable",
              "Only a FAILED or BOUNCED mail with a known address can be sent again; this one is "
                  + d.state()
                  + "."),
          null);
    }
    d.resend(clock.instant());
    mongo.save(d);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(DeliveryView.of(d));
  }

  private MailDelivery find(String id) {
    MailDelivery d = mongo.findById(id, MailDelivery.class);
    if (d == null) {
      throw new ErrorResponseException(
          HttpStatus.NOT_FOUND,
          CodedProblems.of(HttpStatus.NOT_FOUND, "delivery-unknown", "There is no such mail."),
          null);
    }
    return d;
  }
}
