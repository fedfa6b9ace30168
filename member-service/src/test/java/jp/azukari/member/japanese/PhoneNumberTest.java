package jp.azukari.member.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "090-1234-5678|09012345678",
        "09012345678|09012345678",
        "０９０－１２３４－５６７８|09012345678",
        "０９０ー１２３４ー５６７８|09012345678", // long-vowel marks typed as hyphens
        "090ｰ1234ｰ5678|09012345678",
        "090‐1234‐5678|09012345678",
        "090−1234−5678|09012345678",
        "090–1234–5678|09012345678",
        "090 1234 5678|09012345678",
        "080-1234-5678|08012345678",
        "070-1234-5678|07012345678",
        "050-1234-5678|05012345678",
        "0800-123-4567|08001234567",
        "03-1234-5678|0312345678",
        "(03) 1234-5678|0312345678",
        "０３（１２３４）５６７８|0312345678",
        "0466-12-3456|0466123456",
        "0120-123-456|0120123456",
        "+81 90-1234-5678|09012345678",
        "+81 (0)3-1234-5678|0312345678",
        "＋８１９０１２３４５６７８|09012345678"
      })
  void isStoredAsDigitsOnly(String typed, String stored) {
    assertThat(PhoneNumber.normalize(typed)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "1234567890", // does not start with 0
        "0012345678", // international prefix
        "090-1234-567", // mobile numbers have 11 digits
        "03-1234-567", // 9 digits
        "090-1234-56789", // 12 digits
        "0312-345-6789", // 11 digits that are no mobile, IP or 0800 number
        "+1 415 555 0100"
      })
  void refusesNumbersThatCannotBeJapanese(String typed) {
    assertThatThrownBy(() -> PhoneNumber.normalize(typed))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("phone.format"))
        .hasMessage(
            "Enter a Japanese phone number of 10 or 11 digits starting with 0, e.g. 090-1234-5678.");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"090-1234-ABCD", "090.1234.5678", "電話なし", "090/1234/5678"})
  void refusesAnythingButDigits(String typed) {
    assertThatThrownBy(() -> PhoneNumber.normalize(typed))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("phone.characters"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"090-1234-5678\r\n", "090\t1234\t5678"})
  void refusesControlCharacters(String typed) {
    assertThatThrownBy(() -> PhoneNumber.normalize(typed))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("text.controlCharacters"));
  }
}
