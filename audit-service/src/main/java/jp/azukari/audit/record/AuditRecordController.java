package jp.azukari.audit.record;

import java.time.Instant;
import java.util.List;
import jp.azukari.platform.web.InvalidRequestException;
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
}
