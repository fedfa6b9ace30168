package jp.azukari.inquiry.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How report rows are bucketed: by calendar day, ISO week (named by its Monday) or month. */
public enum Period {
  DAY,
  WEEK,
  MONTH;

  /**
   * The bucket's name: {@code 2026-11-02} for a day or a week's Monday, {@code 2026-11} for a
   * month.
   */
  public String of(LocalDate date) {
    return switch (this) {
      case DAY -> date.toString();
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
      case MONTH -> date.toString().substring(0, 7);
    };
  }

  public static Period parse(String value) {
    return value == null || value.isBlank() ? DAY : valueOf(value.strip().toUpperCase());
  }
}
