package jp.azukari.inquiry.hours;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Acknowledgement;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Holidays;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Period;
import jp.azukari.platform.web.IfMatch;
import jp.azukari.platform.web.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

  /**
   * A day the shop is closed on besides the weekly closed days.
   *
   * @param kind {@code PUBLIC_HOLIDAY} or {@code EXTRA}
   */
  record ClosedDay(LocalDate date, String name, String kind) {}

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

  /** The year's closed days as the settings make them: public holidays (when on) and extra days. */
  @GetMapping("/closed-days")
  List<ClosedDay> closedDays(@RequestParam int year) {
    if (year < 2000 || year > 2099) {
      throw new InvalidRequestException("Closed days are known for the years 2000 to 2099.");
    }
    var settings = businessHours.current();
    var days = new ArrayList<ClosedDay>();
    if (settings.holidays().japanesePublicHolidays()) {
      JapaneseHolidays.of(year)
          .forEach((date, name) -> days.add(new ClosedDay(date, name, "PUBLIC_HOLIDAY")));
    }
    settings.holidays().extra().stream()
        .filter(date -> date.getYear() == year)
        .filter(date -> days.stream().noneMatch(day -> day.date().equals(date)))
        .forEach(date -> days.add(new ClosedDay(date, null, "EXTRA")));
    days.sort(Comparator.comparing(ClosedDay::date));
    return days;
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
