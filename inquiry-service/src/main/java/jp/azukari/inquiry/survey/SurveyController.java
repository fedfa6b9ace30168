package jp.azukari.inquiry.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.inquiry.report.Csv;
import jp.azukari.inquiry.report.Period;
import jp.azukari.platform.web.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The survey: its public page (the link's token is the only key: anyone holding the link may answer
 * once) and the results for staff.
 */
@RestController
class SurveyController {

  /** A customer's answer. */
  record AnswerInput(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 2000) String comment) {}

  private final Surveys surveys;
  private final SurveyResults results;
  private final ZoneId zone;

  SurveyController(
      Surveys surveys,
      SurveyResults results,
      @Value("${azukari.inquiry.time-zone:Asia/Tokyo}") ZoneId zone) {
    this.surveys = surveys;
    this.results = results;
    this.zone = zone;
  }

  @GetMapping("/api/inquiries/survey/{token}")
  SurveyPage page(@PathVariable String token) {
    return surveys.page(token);
  }

  @PostMapping("/api/inquiries/survey/{token}")
  SurveyPage answer(@PathVariable String token, @Valid @RequestBody AnswerInput input) {
    return surveys.answer(token, input.score(), input.comment());
  }

  @GetMapping("/api/inquiries/survey/results")
  @PreAuthorize("hasRole('staff')")
  SurveyResults.Results results(
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String by,
      @RequestParam(required = false) String period) {
    LocalDate end = to == null ? LocalDate.now(zone) : to;
    LocalDate start = from == null ? end.minusMonths(12).plusDays(1) : from;
    if (start.isAfter(end)) {
      throw new InvalidRequestException("from must not be after to.");
    }
    try {
      SurveyResults.By grouping =
          by == null || by.isBlank()
              ? SurveyResults.By.PERIOD
              : SurveyResults.By.valueOf(by.strip().toUpperCase());
      Period periods = period == null || period.isBlank() ? Period.MONTH : Period.parse(period);
      return results.results(start, end, grouping, periods);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "by is period, person or label; period is day, week or month.");
    }
  }

  @GetMapping("/api/inquiries/survey/results.csv")
  @PreAuthorize("hasRole('staff')")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String by,
      @RequestParam(required = false) String period) {
    var view = results(from, to, by, period);
    var csv =
        new Csv()
            .row(
                List.of(
                    "group", "answers", "average", "score1", "score2", "score3", "score4",
                    "score5"));
    for (SurveyResults.Group group : view.groups()) {
      List<Object> cells = new ArrayList<>();
      cells.add(group.group());
      cells.add(group.answers());
      cells.add(group.average());
      cells.addAll(group.scores());
      csv.row(cells);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"survey-results.csv\"")
        .body(csv.bytes());
  }
}
