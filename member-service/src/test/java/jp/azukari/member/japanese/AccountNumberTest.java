package jp.azukari.member.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountNumberTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234567|1234567",
        "１２３４５６７|1234567",
        "123-4567|1234567",
        "123 4567|1234567",
        "0012345|0012345"
      })
  void isStoredAsSevenDigits(String typed, String stored) {
    assertThat(AccountNumber.normalize(typed)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"123456", "12345678", "12345a7", "****567", "一二三四五六七"})
  void refusesAnythingButSevenDigitsWithoutPaddingShortNumbers(String typed) {
    assertThatThrownBy(() -> AccountNumber.normalize(typed))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("accountNumber.format"))
        .hasMessage(
            "Enter the 7-digit account number; add leading zeros if yours is shorter, e.g. 0012345.");
  }
}
