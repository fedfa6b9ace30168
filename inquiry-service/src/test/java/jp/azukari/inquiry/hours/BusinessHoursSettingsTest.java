package jp.azukari.inquiry.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.inquiry.BusinessHoursChanged;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Holidays;
import jp.azukari.inquiry.hours.BusinessHoursSettings.Period;
import org.junit.jupiter.api.Test;

class BusinessHoursSettingsTest {

  private final BusinessHoursSettings defaults = BusinessHoursSettings.defaults();

  @Test
  void opensAtTheOpeningMinuteAndClosesAtTheClosingMinute() {
    // Tuesday 2026-11-24 in Tokyo.
    assertThat(defaults.isOpenAt(tokyo("2026-11-24T09:59:59"))).isFalse();
    assertThat(defaults.isOpenAt(tokyo("2026-11-24T10:00:00"))).isTrue();
    assertThat(defaults.isOpenAt(tokyo("2026-11-24T17:59:59"))).isTrue();
    assertThat(defaults.isOpenAt(tokyo("2026-11-24T18:00:00"))).isFalse();
  }

  @Test
  void isClosedAtMidnightAndOnWeekends() {
    assertThat(defaults.isOpenAt(tokyo("2026-11-24T00:00:00"))).isFalse();
    assertThat(defaults.isOpenAt(tokyo("2026-11-28T12:00:00"))).isFalse(); // Saturday
    assertThat(defaults.isOpenAt(tokyo("2026-11-29T12:00:00"))).isFalse(); // Sunday
  }

  @Test
  void judgesByTheShopsTimeZoneNotUtc() {
    // 01:30 UTC on Tuesday is 10:30 in Tokyo: open, although it is night in UTC.
    assertThat(defaults.isOpenAt(Instant.parse("2026-11-24T01:30:00Z"))).isTrue();
    // 10:30 UTC on Tuesday is 19:30 in Tokyo: closed, although it is morning in UTC.
    assertThat(defaults.isOpenAt(Instant.parse("2026-11-24T10:30:00Z"))).isFalse();
    // 23:30 UTC on Sunday is 08:30 on Monday in Tokyo, before opening.
    assertThat(defaults.isOpenAt(Instant.parse("2026-11-29T23:30:00Z"))).isFalse();
    // 01:00 UTC on Monday 2026-11-30 is 10:00 in Tokyo: open.
    assertThat(defaults.isOpenAt(Instant.parse("2026-11-30T01:00:00Z"))).isTrue();
  }

  @Test
  void isClosedOnAPublicHolidayAndOnTheMondayAfterAHolidayOnSunday() {
    assertThat(defaults.isOpenAt(tokyo("2026-11-23T12:00:00"))).isFalse(); // Monday, holiday
    assertThat(defaults.isOpenAt(tokyo("2025-11-24T12:00:00"))).isFalse(); // substitute
    assertThat(defaults.isOpenAt(tokyo("2026-09-22T12:00:00"))).isFalse(); // citizens' holiday
  }

  @Test
  void opensOnPublicHolidaysWhenTheyAreSwitchedOff() {
    var settings = settings(new Holidays(false, List.of()));
    assertThat(settings.isOpenAt(tokyo("2026-11-23T12:00:00"))).isTrue();
  }

  @Test
  void isClosedOnTheExtraYearEndDays() {
    var settings =
        settings(
            new Holidays(
                true,
                List.of(
                    LocalDate.parse("2026-12-29"),
                    LocalDate.parse("2026-12-30"),
                    LocalDate.parse("2026-12-31"),
                    LocalDate.parse("2027-01-02"))));
    assertThat(settings.isOpenAt(tokyo("2026-12-28T12:00:00"))).isTrue();
    assertThat(settings.isOpenAt(tokyo("2026-12-29T12:00:00"))).isFalse();
    assertThat(settings.isOpenAt(tokyo("2026-12-31T12:00:00"))).isFalse();
    assertThat(settings.isOpenAt(tokyo("2027-01-01T12:00:00"))).isFalse(); // New Year's Day
    // The day ends at midnight in Tokyo: 2026-12-28 23:59 is still the open 28th's evening.
    assertThat(settings.isClosedDay(LocalDate.parse("2026-12-28"))).isFalse();
    // 2027-01-04 (Monday) is open again.
    assertThat(settings.isOpenAt(tokyo("2027-01-04T10:00:00"))).isTrue();
  }

  @Test
  void aPeriodUntilMidnightIncludesTheLastMinuteOfTheDay() {
    var week = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
    week.put(
        DayOfWeek.TUESDAY, List.of(new Period("00:00", "09:00"), new Period("20:00", "24:00")));
    var settings =
        new BusinessHoursSettings(
            "Asia/Tokyo",
            week,
            new Holidays(true, List.of()),
            BusinessHoursSettings.Acknowledgement.defaults());
    assertThat(settings.isOpenAt(tokyo("2026-11-24T00:00:00"))).isTrue();
    assertThat(settings.isOpenAt(tokyo("2026-11-24T09:00:00"))).isFalse();
    assertThat(settings.isOpenAt(tokyo("2026-11-24T23:59:59"))).isTrue();
    assertThat(settings.isOpenAt(tokyo("2026-11-25T00:00:00"))).isFalse(); // Wednesday: closed
  }

  @Test
  void aChangeAnnouncesEachChangedFieldAndNothingWhenNothingChanged() {
    var settings = BusinessHoursSettings.defaults();
    var week = new EnumMap<>(settings.week());
    week.put(DayOfWeek.SATURDAY, List.of(new Period("10:00", "15:00")));
    var ack = settings.acknowledgement();

    settings.change(
        settings.timeZone(),
        week,
        new Holidays(true, List.of(LocalDate.parse("2026-12-31"))),
        new BusinessHoursSettings.Acknowledgement(
            new BusinessHoursSettings.Text("受付: {{subject}}", ack.ja().text()), ack.en()),
        "admin-1",
        Instant.parse("2026-11-23T01:00:00Z"));
    settings.change(
        settings.timeZone(),
        settings.week(),
        settings.holidays(),
        settings.acknowledgement(),
        "admin-1",
        Instant.parse("2026-11-23T01:05:00Z"));

    assertThat(settings.registeredEvents())
        .containsExactly(
            new BusinessHoursChanged(
                "business-hours",
                List.of(
                    new FieldChange("week.SATURDAY", List.of(), List.of("10:00-15:00")),
                    new FieldChange("holidays.extra", List.of(), List.of("2026-12-31")),
                    new FieldChange(
                        "acknowledgement.ja.subject", ack.ja().subject(), "受付: {{subject}}"))));
  }

  private BusinessHoursSettings settings(Holidays holidays) {
    return new BusinessHoursSettings(
        defaults.timeZone(), defaults.week(), holidays, defaults.acknowledgement());
  }

  private static Instant tokyo(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
  }
}
