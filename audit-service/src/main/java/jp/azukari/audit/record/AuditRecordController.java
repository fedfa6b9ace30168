package jp.azukari.audit.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.ActorType;
import jp.azukari.platform.web.InvalidRequestException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff search the audit log newest first: {@code GET /api/audit/records} with the criteria of
 * {@link AuditFilter} and keyset paging ({@code cursor}, {@code size}) answers {@code {content,
 * next}}; {@code GET /api/audit/records/{eventId}} one record.
 *
 * <p>The first form of this endpoint ({@code subject}, {@code type}, {@code actorId} with {@code
 * page}) still answers as it did ({@code {records, page, size, total}}) when called with {@code
 * subject}, {@code type} or {@code page}, for the callers written against it.
 */
@RestController
@RequestMapping("/api/audit/records")
@PreAuthorize("hasRole('staff')")
class AuditRecordController {

  private static final int MAX_PAGE_SIZE = 200;

  private final AuditRecordRepository records;
  private final RecordSearch search;

  AuditRecordController(AuditRecordRepository records, RecordSearch search) {
    this.records = records;
    this.search = search;
  }

  /** What the first form of the search shows of a record, with the actor's fields flat. */
  record AuditRecordView(
      String eventId,
      String type,
      String source,
      String subject,
      Instant time,
      String actorId,
      ActorType actorType,
      String actorName,
      String correlationId,
      Map<String, Object> data) {

    static AuditRecordView of(AuditRecord record) {
      return new AuditRecordView(
          record.eventId(),
          record.type(),
          record.source(),
          record.subject(),
          record.time(),
          record.actorId(),
          record.actorType(),
          record.actorName(),
          record.correlationId(),
          record.data());
    }
  }

  record AuditPage(List<AuditRecordView> records, int page, int size, long total) {}

  /** A page of the search and the cursor of the next page, null on the last. */
  record RecordPage(List<RecordView> content, String next) {}

  @GetMapping
  RecordPage search(
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(required = false) String actorId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "50") int size) {
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidRequestException("size must be between 1 and " + MAX_PAGE_SIZE);
    }
    var filter = new AuditFilter(entityType, entityId, actorId, actor, action, null, from, to, q);
    var page = search.page(filter, cursor, size);
    return new RecordPage(page.records().stream().map(RecordView::of).toList(), page.next());
  }

  @GetMapping("/{eventId}")
  RecordView one(@PathVariable String eventId) {
    return records
        .findById(eventId)
        .map(RecordView::of)
        .orElseThrow(() -> AuditProblem.unknown("record-unknown", "audit record"));
  }

  /** The first form of the search, for the callers written against it. */
  @GetMapping(params = "subject")
  AuditPage bySubject(
      @RequestParam String subject,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return legacy(subject, null, null, page, size);
  }

  @GetMapping(params = {"type", "!subject"})
  AuditPage byType(
      @RequestParam String type,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return legacy(null, type, null, page, size);
  }

  @GetMapping(params = {"page", "!subject", "!type"})
  AuditPage paged(
      @RequestParam(required = false) String actorId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return legacy(null, null, actorId, page, size);
  }

  private AuditPage legacy(String subject, String type, String actorId, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidRequestException(
          "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
    }
    var pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "time"));
    Page<AuditRecord> result;
    if (subject != null) {
      result = records.findBySubject(subject, pageable);
    } else if (type != null) {
      result = records.findByType(type, pageable);
    } else if (actorId != null) {
      result = records.findByActorId(actorId, pageable);
    } else {
      result = records.findAllBy(pageable);
    }
    return new AuditPage(
        result.getContent().stream().map(AuditRecordView::of).toList(),
        page,
        size,
        result.getTotalElements());
  }
}
