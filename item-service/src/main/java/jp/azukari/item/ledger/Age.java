package jp.azukari.item.ledger;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person's age in whole years on a day. Under the Act on Counting Ages (年齢計算ニ関スル法律) a year of age
 * is completed at the end of the day before the birthday, which on any given day gives the usual
 * count: older from the birthday on, and someone born on 29 February is a year older on 1 March of
 * a common year.
 */
final class Age {

  private Age() {}

  /** {@code null} when the birth date is unknown or after the day. */
  static Integer on(LocalDate birthDate, LocalDate day) {
    if (birthDate == null || day == null || birthDate.isAfter(day)) {
      return null;
    }
    return Period.between(birthDate, day).getYears();
  }
}
