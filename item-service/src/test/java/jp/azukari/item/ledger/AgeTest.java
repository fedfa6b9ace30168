package jp.azukari.item.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeTest {

  static final LocalDate BORN = LocalDate.of(1990, 4, 1);

  @Test
  void isAYearOlderFromTheBirthdayOn() {
    assertThat(Age.on(BORN, LocalDate.of(2026, 3, 31))).isEqualTo(35);
    assertThat(Age.on(BORN, LocalDate.of(2026, 4, 1))).isEqualTo(36);
    assertThat(Age.on(BORN, LocalDate.of(2026, 12, 31))).isEqualTo(36);
  }

  @Test
  void someoneBornOnTheTwentyNinthOfFebruaryIsOlderFromTheFirstOfMarchInACommonYear() {
    LocalDate leapDay = LocalDate.of(2004, 2, 29);
    assertThat(Age.on(leapDay, LocalDate.of(2025, 2, 28))).isEqualTo(20);
    assertThat(Age.on(leapDay, LocalDate.of(2025, 3, 1))).isEqualTo(21);
    assertThat(Age.on(leapDay, LocalDate.of(2028, 2, 29))).isEqualTo(24);
  }

  @Test
  void isUnknownWithoutABirthDateOrForABirthDateAfterTheDay() {
    assertThat(Age.on(null, LocalDate.of(2026, 4, 1))).isNull();
    assertThat(Age.on(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 4, 1))).isNull();
    assertThat(Age.on(BORN, BORN)).isZero();
  }
}
