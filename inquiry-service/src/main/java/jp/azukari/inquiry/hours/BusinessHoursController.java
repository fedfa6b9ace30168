package jp.azukari.inquiry.hours;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Acknowledgement;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Holidays;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Period;
import jp.azukari.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The business hours, holidays and acknowledgement texts; admins read and change them. */
@RestController
@RequestMapping("/api/inquiries/settings/business-hours")
@PreAuthorize("hasRole('admin')")
class BusinessHoursController {

  /** The settings as the console shows them; {@code openNow} tells whether the shop is open. */
  record BusinessHoursView(
      String timeZone,
      Map<DayOfWeek, List<Period>> week,
      Holidays holidays,
      Acknowledgement acknowledgement,
      boolean openNow,
      Instant updatedAt,
      String updatedBy,
      long version) {}

  private final BusinessHours businessHours;
  private final Clock clock;

  BusinessHoursController(BusinessHours businessHours, Clock clock) {
    this.businessHours = businessHours;
    this.clock = clock;
  }

  @GetMapping
  ResponseEntity<BusinessHoursView> get() {
    return answer(businessHours.current());
  }

  @PutMapping
  ResponseEntity<BusinessHoursView> replace(
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @Valid @RequestBody BusinessHoursInput input) {
    return answer(businessHours.replace(ifMatch, input));
  }

  private ResponseEntity<BusinessHoursView> answer(BusinessHoursSettings settings) {
    return ResponseEntity.ok()
        .eTag(IfMatch.etag(settings))
        .body(
            new BusinessHoursView(
                settings.timeZone(),
                settings.week(),
                settings.holidays(),
                settings.acknowledgement(),
                settings.isOpenAt(clock.instant()),
                settings.updatedAt(),
                settings.updatedBy(),
                settings.version()));
  }
}
