package jp.azukari.member.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthDateTest {

  static final LocalDate TODAY = LocalDate.parse("2026-11-22");

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1990-04-01|1990-04-01",
        "1990/4/1|1990-04-01",
        "1990.04.01|1990-04-01",
        "1990年4月1日|1990-04-01",
        "19900401|1990-04-01",
        "１９９０－０４－０１|1990-04-01",
        "１９９０年４月１日|1990-04-01",
        "平成2年4月1日|1990-04-01",
        "平成２年４月１日|1990-04-01",
        "H2.4.1|1990-04-01",
        "h2/4/1|1990-04-01",
        "Ｈ２．４．１|1990-04-01",
        "㍻2年4月1日|1990-04-01",
        "昭和64年1月7日|1989-01-07",
        "平成元年1月8日|1989-01-08",
        "S60.12.25|1985-12-25",
        "大正15年12月24日|1926-12-24"
      })
  void readsWesternAndJapaneseCalendarDates(String typed, LocalDate stored) {
    assertThat(BirthDate.parse(typed, TODAY)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "[{index}] born {0}, today {1}")
  @CsvSource({
    "2008-11-22, 2026-11-22", // 18th birthday today
    "2008-02-29, 2026-03-01" // born on 29 February: 18 from 1 March in other years
  })
  void acceptsMembersWhoAre18Today(LocalDate born, LocalDate today) {
    assertThat(BirthDate.parse(born.toString(), today)).isEqualTo(born);
  }

  @ParameterizedTest(name = "[{index}] born {0}, today {1}")
  @CsvSource({"2008-11-23, 2026-11-22", "2008-02-29, 2026-02-28", "2015-05-05, 2026-11-22"})
  void refusesMinorsBecauseShopsMustNotBuyFromThemWithoutConsent(LocalDate born, LocalDate today) {
    assertThatThrownBy(() -> BirthDate.parse(born.toString(), today))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("birthDate.minor"))
        .hasMessage("You must be 18 or older to sell to the shop through this service.");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-11-23|birthDate.future",
        "2030-01-01|birthDate.future",
        "1899-12-31|birthDate.tooEarly",
        "1990-02-30|birthDate.noSuchDay",
        "1990/13/01|birthDate.noSuchDay",
        "平成31年5月1日|birthDate.noSuchDay", // the Reiwa era began that day
        "昭和65年1月1日|birthDate.noSuchDay",
        "1990-4|birthDate.format",
        "四月一日|birthDate.format",
        "1990-04-01T00:00|birthDate.format"
      })
  void refusesDatesThatCannotBeABirthDate(String typed, String code) {
    assertThatThrownBy(() -> BirthDate.parse(typed, TODAY))
        .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void todayIsTodayInJapan() {
    // 2026-11-22 20:00 UTC is already 23 November in Tokyo.
    var clock = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    assertThat(BirthDate.today(clock)).isEqualTo(LocalDate.parse("2026-11-23"));
  }
}
