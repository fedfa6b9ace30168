package jp.azukari.inquiry.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JapaneseHolidaysTest {

  /** The Cabinet Office's list for 2026 (令和8年), day by day. */
  @Test
  void knowsEveryHolidayOf2026AsTheCabinetOfficeListsThem() {
    assertThat(JapaneseHolidays.of(2026).keySet())
        .containsExactly(
            d("2026-01-01"),
            d("2026-01-12"),
            d("2026-02-11"),
            d("2026-02-23"),
            d("2026-03-20"),
            d("2026-04-29"),
            d("2026-05-03"),
            d("2026-05-04"),
            d("2026-05-05"),
            d("2026-05-06"),
            d("2026-07-20"),
            d("2026-08-11"),
            d("2026-09-21"),
            d("2026-09-22"),
            d("2026-09-23"),
            d("2026-10-12"),
            d("2026-11-03"),
            d("2026-11-23"));
  }

  @Test
  void knowsEveryHolidayOf2025AsTheCabinetOfficeListsThem() {
    assertThat(JapaneseHolidays.of(2025).keySet())
        .containsExactly(
            d("2025-01-01"),
            d("2025-01-13"),
            d("2025-02-11"),
            d("2025-02-23"),
            d("2025-02-24"),
            d("2025-03-20"),
            d("2025-04-29"),
            d("2025-05-03"),
            d("2025-05-04"),
            d("2025-05-05"),
            d("2025-05-06"),
            d("2025-07-21"),
            d("2025-08-11"),
            d("2025-09-15"),
            d("2025-09-23"),
            d("2025-10-13"),
            d("2025-11-03"),
            d("2025-11-23"),
            d("2025-11-24"));
  }

  @Test
  void aHolidayOnASundayMakesTheNextWorkingDayAHoliday() {
    // 2026-05-03 (Constitution Day) is a Sunday; the 4th and 5th are holidays already.
    assertThat(JapaneseHolidays.name(d("2026-05-06"))).contains("休日");
    // 2025-11-23 (Labour Thanksgiving Day) is a Sunday.
    assertThat(JapaneseHolidays.name(d("2025-11-24"))).contains("休日");
    // 2023-01-01 is a Sunday.
    assertThat(JapaneseHolidays.isHoliday(d("2023-01-02"))).isTrue();
    // A holiday on a Saturday moves nowhere.
    assertThat(JapaneseHolidays.isHoliday(d("2026-11-04"))).isFalse();
    assertThat(JapaneseHolidays.isHoliday(d("2027-05-06"))).isFalse();
  }

  @Test
  void aDayBetweenTwoHolidaysIsACitizensHoliday() {
    // Respect for the Aged Day (3rd Monday) and the autumnal equinox on Wednesday.
    assertThat(JapaneseHolidays.name(d("2026-09-22"))).contains("国民の休日");
    assertThat(JapaneseHolidays.name(d("2015-09-22"))).contains("国民の休日");
    // The enthronement: 30 April and 2 May 2019 lie between holidays.
    assertThat(JapaneseHolidays.name(d("2019-04-30"))).contains("国民の休日");
    assertThat(JapaneseHolidays.name(d("2019-05-01"))).contains("天皇の即位の日");
    assertThat(JapaneseHolidays.name(d("2019-05-02"))).contains("国民の休日");
    assertThat(JapaneseHolidays.isHoliday(d("2019-10-22"))).isTrue();
  }

  @Test
  void computesTheEquinoxesAsAnnounced() {
    assertThat(JapaneseHolidays.vernalEquinoxDay(2024)).isEqualTo(20);
    assertThat(JapaneseHolidays.autumnalEquinoxDay(2024)).isEqualTo(22);
    assertThat(JapaneseHolidays.vernalEquinoxDay(2025)).isEqualTo(20);
    assertThat(JapaneseHolidays.autumnalEquinoxDay(2025)).isEqualTo(23);
    assertThat(JapaneseHolidays.vernalEquinoxDay(2027)).isEqualTo(21);
    assertThat(JapaneseHolidays.autumnalEquinoxDay(2027)).isEqualTo(23);
    assertThat(JapaneseHolidays.autumnalEquinoxDay(2012)).isEqualTo(22);
  }

  @Test
  void followsTheMovedHolidaysOfTheOlympicYearsAndTheEmperorsBirthday() {
    assertThat(JapaneseHolidays.isHoliday(d("2020-07-23"))).isTrue();
    assertThat(JapaneseHolidays.isHoliday(d("2020-07-24"))).isTrue();
    assertThat(JapaneseHolidays.isHoliday(d("2020-08-10"))).isTrue();
    assertThat(JapaneseHolidays.isHoliday(d("2020-10-12"))).isFalse();
    assertThat(JapaneseHolidays.isHoliday(d("2021-08-09"))).isTrue(); // 8 Aug was a Sunday
    assertThat(JapaneseHolidays.isHoliday(d("2018-12-23"))).isTrue();
    assertThat(JapaneseHolidays.isHoliday(d("2018-12-24"))).isTrue(); // substitute
    assertThat(JapaneseHolidays.isHoliday(d("2019-12-23"))).isFalse();
    assertThat(JapaneseHolidays.isHoliday(d("2019-02-23"))).isFalse();
  }

  @Test
  void ordinaryDaysAreNoHolidays() {
    assertThat(JapaneseHolidays.isHoliday(d("2026-11-24"))).isFalse();
    assertThat(JapaneseHolidays.isHoliday(d("2026-12-31"))).isFalse();
    assertThat(JapaneseHolidays.isHoliday(d("2026-05-07"))).isFalse();
  }

  @Test
  void refusesYearsItDoesNotKnow() {
    assertThatThrownBy(() -> JapaneseHolidays.of(2100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }
}
