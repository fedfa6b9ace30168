package jp.azukari.item.export;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
 * Item exports for staff: {@code POST /api/items/exports} answers 202 and runs in the background;
 * {@code GET /api/items/exports/{id}} shows progress; {@code GET /api/items/exports/{id}/file}
 * downloads the finished file; {@code GET /api/items/exports} lists the latest.
 */
@RestController
@RequestMapping("/api/items/exports")
@PreAuthorize("hasRole('staff')")
class ExportController {

  private final ItemExports exports;
  private final ExportJobs jobs;

  ExportController(ItemExports exports, ExportJobs jobs) {
    this.exports = exports;
    this.jobs = jobs;
  }

  @PostMapping
  ResponseEntity<ExportView> start(@Valid @RequestBody ExportRequest request) {
    ExportJob job = exports.start(request);
    return ResponseEntity.accepted()
        .location(URI.create("/api/items/exports/" + job.id()))
        .body(ExportView.of(job));
  }

  @GetMapping
  List<ExportView> recent() {
    return jobs.recent(ExportJob.Kind.ITEMS, null, 50).stream().map(ExportView::of).toList();
  }

  @GetMapping("/{id}")
  ExportView progress(@PathVariable String id) {
    return ExportView.of(find(id));
  }

  @GetMapping("/{id}/file")
  ResponseEntity<StreamingResponseBody> file(@PathVariable String id) {
    return jobs.download(find(id));
  }

  private ExportJob find(String id) {
    return jobs.find(id, ExportJob.Kind.ITEMS).orElseThrow(ExportProblem::exportUnknown);
  }
}
