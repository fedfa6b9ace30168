package jp.azukari.member.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.azukari.member.japanese.RejectedInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTypeTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ORDINARY|ORDINARY",
        "ordinary|ORDINARY",
        "ＯＲＤＩＮＡＲＹ|ORDINARY",
        "普通|ORDINARY",
        "普通預金|ORDINARY",
        "総合口座|ORDINARY",
        "CURRENT|CURRENT",
        "当座|CURRENT",
        "当座預金|CURRENT",
        "SAVINGS|SAVINGS",
        "貯蓄預金|SAVINGS",
        " 普通 |ORDINARY"
      })
  void readsTheEnglishOrTheBankBooksName(String typed, AccountType type) {
    assertThat(AccountType.parse(typed)).isEqualTo(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"定期", "CHECKING", "1", "普通\n"})
  void refusesOtherAccountTypes(String typed) {
    assertThatThrownBy(() -> AccountType.parse(typed)).isInstanceOf(RejectedInput.class);
  }
}
