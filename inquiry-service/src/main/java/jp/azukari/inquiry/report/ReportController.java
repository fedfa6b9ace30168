package jp.azukari.inquiry.report;

import java.time.LocalDate;
import java.util.List;
import jp.azukari.platform.web.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inquiry reports for staff, as JSON for the console's charts and as CSV. Without a range the last
 * 30 days up to today.
 */
@RestController
@PreAuthorize("hasRole('staff')")
class ReportController {

  private final Reports reports;

  ReportController(Reports reports) {
    this.reports = reports;
  }

  @GetMapping("/api/inquiries/reports")
  ReportView report(
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String by,
      @RequestParam(required = false) String groupBy) {
    LocalDate end = to == null ? reports.today() : to;
    LocalDate start = from == null ? end.minusDays(29) : from;
    if (start.isAfter(end)) {
      throw new InvalidRequestException("from must not be after to.");
    }
    if (start.plusYears(3).isBefore(end)) {
      throw new InvalidRequestException("A report covers at most three years.");
    }
    try {
      return reports.report(start, end, Period.parse(by), ReportCalculator.GroupBy.parse(groupBy));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "by is day, week or month; groupBy is label, person or channel.");
    }
  }

  @GetMapping("/api/inquiries/reports.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String by,
      @RequestParam(required = false) String groupBy) {
    ReportView view = report(from, to, by, groupBy);
    var csv =
        new Csv()
            .row(
                List.of(
                    "period",
                    "group",
                    "received",
                    "resolved",
                    "firstResponseMinutesMedian",
                    "firstResponseMinutesAverage",
                    "resolutionMinutesMedian",
                    "resolutionMinutesAverage"));
    for (ReportView.Row row : view.series()) {
      csv.row(
          java.util.Arrays.asList(
              row.period(),
              row.group(),
              row.received(),
              row.resolved(),
              row.firstResponseMinutesMedian(),
              row.firstResponseMinutesAverage(),
              row.resolutionMinutesMedian(),
              row.resolutionMinutesAverage()));
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inquiry-report.csv\"")
        .body(csv.bytes());
  }
}
