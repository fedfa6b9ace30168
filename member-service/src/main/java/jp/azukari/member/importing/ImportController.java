package jp.azukari.member.importing;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.azukari.platform.spreadsheet.SpreadsheetText;
import jp.azukari.platform.web.InvalidRequestException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Bulk import of existing customers, for staff: {@code POST /api/members/imports} (multipart {@code
 * file}, {@code dryRun} default true, {@code encoding} AUTO|UTF-8|SHIFT_JIS for CSV) answers 202
 * with the import's id and runs in the background; {@code GET /api/members/imports/{id}} shows
 * progress; {@code /rows} pages through the report, {@code /report} downloads it as CSV; {@code
 * POST /api/members/imports/{id}/run} runs a finished dry run for real.
 */
@RestController
@RequestMapping("/api/members/imports")
@PreAuthorize("hasRole('staff')")
class ImportController {

  private final MemberImports imports;

  ImportController(MemberImports imports) {
    this.imports = imports;
  }

  record Started(String id) {}

  record RowsPage(List<ImportRow> content, Page page) {
    record Page(int size, int number, long totalElements, long totalPages) {}
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Started> upload(
      @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "true") boolean dryRun,
      @RequestParam(required = false) String encoding)
      throws IOException {
    ImportJob job = imports.upload(file, dryRun, ImportFiles.encoding(encoding));
    return ResponseEntity.accepted()
        .location(URI.create("/api/members/imports/" + job.id()))
        .body(new Started(job.id()));
  }

  @GetMapping
  List<ImportView> recent() {
    return imports.recent(50).stream().map(ImportView::of).toList();
  }

  @GetMapping("/{id}")
  ImportView progress(@PathVariable String id) {
    return ImportView.of(imports.find(id).orElseThrow(ImportController::noSuchImport));
  }

  @PostMapping("/{id}/run")
  ResponseEntity<Started> runForReal(@PathVariable String id) {
    try {
      ImportJob job = imports.runForReal(id).orElseThrow(ImportController::noSuchImport);
      return ResponseEntity.accepted().body(new Started(job.id()));
    } catch (MemberImports.ImportNotRunnable notRunnable) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, notRunnable.getMessage());
    }
  }

  @GetMapping("/{id}/rows")
  RowsPage rows(
      @PathVariable String id,
      @RequestParam(required = false) String outcome,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    imports.find(id).orElseThrow(ImportController::noSuchImport);
    if (page < 0 || size < 1 || size > 200) {
      throw new InvalidRequestException("Pages start at 0 and hold 1 to 200 rows.");
    }
    ImportRow.Outcome wanted = outcome(outcome);
    long total = imports.countRows(id, wanted);
    return new RowsPage(
        imports.rows(id, wanted, page, size),
        new RowsPage.Page(size, page, total, (total + size - 1) / size));
  }

  /** The report as CSV: UTF-8 with a byte order mark, so Excel opens it in the right encoding. */
  @GetMapping("/{id}/report")
  ResponseEntity<StreamingResponseBody> report(@PathVariable String id) {
    ImportJob job = imports.find(id).orElseThrow(ImportController::noSuchImport);
    StreamingResponseBody body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write('\uFEFF');
          try (var csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            csv.printRecord("row", "outcome", "memberId", "email", "messages");
            imports.eachRow(
                id,
                row -> {
                  try {
                    csv.printRecord(
                        row.row(),
                        row.outcome(),
                        text(row.memberId()),
                        text(row.email()),
                        text(messages(row)));
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                });
          }
        };
    String name = "member-import-" + job.id() + (job.dryRun() ? "-dry-run" : "") + ".csv";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(body);
  }

  private static String messages(ImportRow row) {
    if (row.messages() == null) {
      return "";
    }
    return row.messages().stream()
        .map(m -> m.column() + " (" + m.field() + "): " + m.message())
        .collect(Collectors.joining(" / "));
  }

  /**
   * A cell a spreadsheet would run as a formula gets a leading apostrophe, so opening the report
   * never executes what an uploaded file contained.
   */
  static String text(String value) {
    return value == null ? "" : SpreadsheetText.neutralised(value);
  }

  private static ImportRow.Outcome outcome(String outcome) {
    if (outcome == null || outcome.isBlank()) {
      return null;
    }
    try {
      return ImportRow.Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          "Filter rows by one of "
              + String.join(
                  ", ",
                  java.util.Arrays.stream(ImportRow.Outcome.values()).map(Enum::name).toList())
              + ".");
    }
  }

  private static ResponseStatusException noSuchImport() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such import.");
  }
}
