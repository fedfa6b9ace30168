package jp.azukari.item.ledger;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.azukari.contracts.Actor;
import jp.azukari.item.export.Downloads;
import jp.azukari.item.export.ExportJob;
import jp.azukari.item.export.ExportJobs;
import jp.azukari.item.export.ExportProblem;
import jp.azukari.item.export.ExportView;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The transaction ledger for staff: {@code GET /api/items/ledger?from=&to=&page=&size=} pages
 * through the acquisitions of a period (oldest first); {@code POST /api/items/ledger/exports}
 * exports a period to XLSX or CSV in the background ({@code item.LedgerExported} names who did);
 * {@code GET /api/items/ledger/exports/{id}[/file]} shows its progress and downloads it, for the
 * staff member who started it only, since the file holds personal data.
 */
@RestController
@RequestMapping("/api/items/ledger")
@PreAuthorize("hasRole('staff')")
class LedgerController {

  private final MongoTemplate mongo;
  private final ExportJobs jobs;
  private final CurrentActor currentActor;
  private final Clock clock;

  LedgerController(MongoTemplate mongo, ExportJobs jobs, CurrentActor currentActor, Clock clock) {
    this.mongo = mongo;
    this.jobs = jobs;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  record EntryPage(List<LedgerEntryView> content, Page page) {
    record Page(int size, int number, long totalElements, long totalPages) {}
  }

  @GetMapping
  EntryPage entries(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    var errors = new ArrayList<FieldError>();
    if (page < 0) {
      errors.add(new FieldError("page", "page.range", "Pages start at 0."));
    }
    if (size < 1 || size > 200) {
      errors.add(new FieldError("size", "size.range", "A page holds 1 to 200 entries."));
    }
    errors.addAll(period(from, to));
    if (!errors.isEmpty()) {
      throw ExportProblem.invalid(errors);
    }
    Query query = periodQuery(from, to);
    long total = mongo.count(query, LedgerEntry.class);
    List<LedgerEntryView> content =
        mongo.find(query.skip((long) page * size).limit(size), LedgerEntry.class).stream()
            .map(LedgerEntryView::of)
            .toList();
    return new EntryPage(content, new EntryPage.Page(size, page, total, (total + size - 1) / size));
  }

  @PostMapping("/exports")
  ResponseEntity<ExportView> export(@Valid @RequestBody LedgerExportRequest request) {
    List<FieldError> errors = period(request.from(), request.to());
    if (!errors.isEmpty()) {
      throw ExportProblem.invalid(errors);
    }
    Actor staff = currentActor.get();
    Instant now = clock.instant();
    String base = "古物台帳_" + request.from() + "_" + request.to();
    ExportJob job =
        ExportJob.ledger(
            UUID.randomUUID().toString(),
            request.from(),
            request.to(),
            request.format(),
            Downloads.fileName(base, now, request.format()),
            staff.id(),
            staff.name(),
            now);
    ExportJob started =
        jobs.start(job, new LedgerTable(mongo, periodQuery(request.from(), request.to())), "古物台帳");
    return ResponseEntity.accepted()
        .location(URI.create("/api/items/ledger/exports/" + started.id()))
        .body(ExportView.of(started));
  }

  @GetMapping("/exports")
  List<ExportView> myExports() {
    return jobs.recent(ExportJob.Kind.LEDGER, currentActor.get().id(), 20).stream()
        .map(ExportView::of)
        .toList();
  }

  @GetMapping("/exports/{id}")
  ExportView progress(@PathVariable String id) {
    return ExportView.of(mine(id));
  }

  @GetMapping("/exports/{id}/file")
  ResponseEntity<StreamingResponseBody> file(@PathVariable String id) {
    return jobs.download(mine(id));
  }

  /** A ledger export of the staff member asking; anyone else's is not found. */
  private ExportJob mine(String id) {
    String staffId = currentActor.get().id();
    return jobs.find(id, ExportJob.Kind.LEDGER)
        .filter(job -> staffId.equals(job.startedById()))
        .orElseThrow(ExportProblem::exportUnknown);
  }

  private static List<FieldError> period(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      return List.of(new FieldError("to", "period.order", "The period ends before it starts."));
    }
    return List.of();
  }

  /** The entries acquired from {@code from} to {@code to} (Japan days, both included). */
  private static Query periodQuery(LocalDate from, LocalDate to) {
    var acquiredAt = Criteria.where("acquiredAt");
    if (from != null) {
      acquiredAt = acquiredAt.gte(Ledger.startOf(from));
    }
    if (to != null) {
      acquiredAt = acquiredAt.lt(Ledger.startOf(to.plusDays(1)));
    }
    Query query = from == null && to == null ? new Query() : Query.query(acquiredAt);
    return query.with(Sort.by("acquiredAt", "itemNumber"));
  }
}
