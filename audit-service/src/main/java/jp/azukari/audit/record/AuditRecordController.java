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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff read the audit log, newest first, for one entity, one event type or one person. */
@RestController
@RequestMapping("/api/audit/records")
@PreAuthorize("hasRole('staff')")
class AuditRecordController {

  private static final int MAX_PAGE_SIZE = 200;

  private final AuditRecordRepository records;

  AuditRecordController(AuditRecordRepository records) {
    this.records = records;
  }

  /** What staff see of a record: who did what to which entity, when, and the event's data. */
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

  @GetMapping
  AuditPage search(
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String actorId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
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
