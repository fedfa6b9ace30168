package jp.azukari.audit.export;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import jp.azukari.audit.record.AuditFilter;
import jp.azukari.audit.record.AuditProblem;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Staff export a search of the audit log: {@code POST /api/audit/exports} answers 202 and writes
 * the file in the background; {@code GET .../{id}} shows progress; {@code GET .../{id}/file}
 * downloads it.
 */
@RestController
@RequestMapping("/api/audit/exports")
@PreAuthorize("hasRole('staff')")
class AuditExportController {

  private final AuditExports exports;

  AuditExportController(AuditExports exports) {
    this.exports = exports;
  }

  /** The search to export (the criteria of {@code GET /api/audit/records}) and the format. */
  record ExportRequest(AuditFilter filter, @NotNull AuditExport.Format format) {}

  /** What the console shows of an export. */
  record ExportView(
      String id,
      AuditExport.State state,
      AuditExport.Format format,
      long done,
      long total,
      String fileName,
      java.time.Instant startedAt,
      java.time.Instant finishedAt,
      String failure) {

    static ExportView of(AuditExport export) {
      return new ExportView(
          export.id(),
          export.state(),
          export.format(),
          export.done(),
          export.total(),
          export.fileName(),
          export.startedAt(),
          export.finishedAt(),
          export.failure());
    }
  }

  @PostMapping
  ResponseEntity<ExportView> start(@Valid @RequestBody ExportRequest request) {
    var filter =
        request.filter() == null
            ? new AuditFilter(null, null, null, null, null, null, null, null, null)
            : request.filter();
    var export = exports.start(filter, request.format());
    return ResponseEntity.accepted()
        .location(URI.create("/api/audit/exports/" + export.id()))
        .body(ExportView.of(export));
  }

  @GetMapping("/{id}")
  ExportView progress(@PathVariable String id) {
    return ExportView.of(find(id));
  }

  @GetMapping("/{id}/file")
  ResponseEntity<StreamingResponseBody> file(@PathVariable String id) {
    var export = find(id);
    var content = exports.open(export);
    StreamingResponseBody body =
        out -> {
          try (content) {
            content.transferTo(out);
          }
        };
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(export.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.parseMediaType(export.format().contentType))
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  private AuditExport find(String id) {
    return exports.find(id).orElseThrow(() -> AuditProblem.unknown("export-unknown", "export"));
  }
}
