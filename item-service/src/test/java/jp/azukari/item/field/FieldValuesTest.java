package jp.azukari.item.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values are checked by their field's type and stored in one form, whatever width they came in. */
class FieldValuesTest {

  static FieldDef field(FieldType type, FieldOption... options) {
    return new FieldDef(
        "f", Label.of("項目", "Field"), type, false, List.of(options), true, 0, false, false);
  }

  static final FieldDef TEXT = field(FieldType.TEXT);
  static final FieldDef LONG_TEXT = field(FieldType.LONG_TEXT);
  static final FieldDef NUMBER = field(FieldType.NUMBER);
  static final FieldDef MONEY = field(FieldType.MONEY);
  static final FieldDef DATE = field(FieldType.DATE);
  static final FieldDef BOOLEAN = field(FieldType.BOOLEAN);
  static final FieldDef SELECT =
      field(
          FieldType.SELECT,
          new FieldOption("new", Label.of("新品", "New")),
          new FieldOption("used", Label.of("中古", "Used")));

  static String rejection(FieldDef field, Object raw) {
    try {
      FieldValues.coerce(field, raw);
    } catch (RejectedValue rejected) {
      return rejected.code();
    }
    throw new AssertionError("accepted " + raw);
  }

  @Test
  void numbersTypedInFullWidthWithCommasBecomeWholeNumbers() {
    assertThat(FieldValues.coerce(NUMBER, "１２")).isEqualTo(12L);
    assertThat(FieldValues.coerce(NUMBER, " ３ ")).isEqualTo(3L);
    assertThat(FieldValues.coerce(MONEY, "１２，０００")).isEqualTo(12000L);
    assertThat(FieldValues.coerce(MONEY, "12,000")).isEqualTo(12000L);
    assertThat(FieldValues.coerce(MONEY, 5000)).isEqualTo(5000L);
    assertThat(FieldValues.coerce(MONEY, 5000.0)).isEqualTo(5000L);
    assertThat(FieldValues.coerce(NUMBER, "0")).isEqualTo(0L);
  }

  @Test
  void amountsMayCarryAYenSignOrEn() {
    assertThat(FieldValues.coerce(MONEY, "￥３，５００")).isEqualTo(3500L);
    assertThat(FieldValues.coerce(MONEY, "¥3500")).isEqualTo(3500L);
    assertThat(FieldValues.coerce(MONEY, "3500円")).isEqualTo(3500L);
    assertThat(rejection(NUMBER, "3500円")).isEqualTo("value.number");
  }

  @Test
  void numbersAreWholeAndNotNegative() {
    assertThat(rejection(NUMBER, "-1")).isEqualTo("value.negative");
    assertThat(rejection(MONEY, "－５００")).isEqualTo("value.negative");
    assertThat(rejection(MONEY, -1)).isEqualTo("value.negative");
    assertThat(rejection(NUMBER, "1.5")).isEqualTo("value.wholeNumber");
    assertThat(rejection(NUMBER, new BigDecimal("2.5"))).isEqualTo("value.wholeNumber");
    assertThat(rejection(NUMBER, "two")).isEqualTo("value.number");
    assertThat(rejection(NUMBER, true)).isEqualTo("value.number");
    assertThat(rejection(MONEY, "99999999999999999999")).isEqualTo("value.tooLarge");
  }

  @Test
  void datesAreCalendarDaysAsYearMonthDay() {
    assertThat(FieldValues.coerce(DATE, "2025-04-01")).isEqualTo("2025-04-01");
    assertThat(FieldValues.coerce(DATE, "２０２５－０４－０１")).isEqualTo("2025-04-01");
    assertThat(rejection(DATE, "2025-02-30")).isEqualTo("value.date");
    assertThat(rejection(DATE, "2025/04/01")).isEqualTo("value.date");
    assertThat(rejection(DATE, "1 April 2025")).isEqualTo("value.date");
    assertThat(rejection(DATE, 20250401)).isEqualTo("value.date");
  }

  @Test
  void aSelectTakesOnlyOneOfItsOptions() {
    assertThat(FieldValues.coerce(SELECT, "used")).isEqualTo("used");
    assertThat(FieldValues.coerce(SELECT, " new ")).isEqualTo("new");
    assertThat(rejection(SELECT, "broken")).isEqualTo("value.option");
    assertThat(rejection(SELECT, "中古")).isEqualTo("value.option");
    assertThat(rejection(SELECT, 1)).isEqualTo("value.option");
  }

  @Test
  void booleansAreTrueOrFalse() {
    assertThat(FieldValues.coerce(BOOLEAN, true)).isEqualTo(true);
    assertThat(FieldValues.coerce(BOOLEAN, "false")).isEqualTo(false);
    assertThat(rejection(BOOLEAN, "yes")).isEqualTo("value.boolean");
    assertThat(rejection(BOOLEAN, 1)).isEqualTo("value.boolean");
  }

  @Test
  void textIsTrimmedAndLimitedInLength() {
    assertThat(FieldValues.coerce(TEXT, "\u3000 シャネル  ")).isEqualTo("シャネル");
    assertThat(FieldValues.coerce(TEXT, "two\nlines")).isEqualTo("two lines");
    assertThat(FieldValues.coerce(LONG_TEXT, " 開封済み\r\n未使用 ")).isEqualTo("開封済み\n未使用");
    assertThat(FieldValues.coerce(TEXT, "あ".repeat(FieldValues.TEXT_MAX)))
        .isEqualTo("あ".repeat(FieldValues.TEXT_MAX));
    assertThat(rejection(TEXT, "あ".repeat(FieldValues.TEXT_MAX + 1))).isEqualTo("value.tooLong");
    assertThat(rejection(LONG_TEXT, "a".repeat(FieldValues.LONG_TEXT_MAX + 1)))
        .isEqualTo("value.tooLong");
    assertThat(rejection(TEXT, "bell\u0007")).isEqualTo("value.text");
    assertThat(rejection(TEXT, List.of("a"))).isEqualTo("value.text");
  }

  @Test
  void nothingOrBlankMeansNoValue() {
    for (FieldDef field : List.of(TEXT, NUMBER, MONEY, DATE, BOOLEAN, SELECT)) {
      assertThat(FieldValues.coerce(field, null)).isNull();
      assertThat(FieldValues.coerce(field, " \u3000")).isNull();
    }
  }

  @Test
  void membersMayNotWriteStaffOnlyFieldsButStaffMay() {
    var catalogue = new FieldCatalogue(DefaultFields.all());

    assertThatThrownBy(
            () -> catalogue.coerce(java.util.Map.of("startPrice", "1000"), Audience.MEMBER))
        .hasMessageContaining("values.startPrice");
    assertThat(catalogue.coerce(java.util.Map.of("startPrice", "１，０００"), Audience.STAFF))
        .containsEntry("startPrice", 1000L);
    assertThat(catalogue.coerce(java.util.Map.of("brand", " ＣＨＡＮＥＬ "), Audience.MEMBER))
        .containsEntry("brand", "ＣＨＡＮＥＬ");
  }

  @Test
  void missingRequiredFieldsAreThoseWithoutAValueThatTheAudienceCanFill() {
    var catalogue = new FieldCatalogue(DefaultFields.all());

    assertThat(catalogue.missingRequired(java.util.Map.of(), Audience.STAFF))
        .containsExactly("name", "title");
    assertThat(catalogue.missingRequired(java.util.Map.of(), Audience.MEMBER))
        .containsExactly("name");
    assertThat(catalogue.missingRequired(java.util.Map.of("name", "バッグ"), Audience.MEMBER))
        .isEmpty();
  }
}
