package jp.azukari.member.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "123-4567",
        "1234567",
        "１２３－４５６７",
        "１２３４５６７",
        "〒123-4567",
        "〒 123-4567",
        "〒１２３ー４５６７", // long-vowel mark typed as the hyphen
        "123ｰ4567",
        "123‐4567",
        "123−4567",
        "123–4567",
        "123—4567",
        "123―4567",
        " 123 - 4567 ",
        "〶123-4567"
      })
  void isStoredAsThreeDigitsHyphenFourDigits(String typed) {
    assertThat(PostalCode.normalize(typed)).isEqualTo("123-4567");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "123-456",
        "12345678",
        "1234-567",
        "123--4567",
        "abc-defg",
        "123_4567",
        "一二三-四五六七"
      })
  void refusesAnythingButSevenDigits(String typed) {
    assertThatThrownBy(() -> PostalCode.normalize(typed))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("postalCode.format"))
        .hasMessage("Enter the postal code as 7 digits, e.g. 123-4567.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "〒", "〒 "})
  void nothingButTheSymbolMeansNoPostalCode(String typed) {
    assertThat(PostalCode.normalize(typed)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"123-4567\r\n", "123\n4567"})
  void refusesLineBreaksInsteadOfTrimmingThem(String typed) {
    assertThatThrownBy(() -> PostalCode.normalize(typed))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("text.controlCharacters"));
  }
}
