package jp.azukari.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+1",
        "+81 3 1234",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=cmd",
        "\r=cmd",
        "\n=cmd",
        "  =HYPERLINK(\"http://evil.example\")",
        "\u3000=1+1",
        "＝1+1",
        "＋1",
        "－1",
        "＠SUM(A1)"
      })
  void prefixesAnApostropheToWhatASpreadsheetWouldRunAsAFormula(String value) {
    assertThat(SpreadsheetText.neutralised(value)).isEqualTo("'" + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ルイ・ヴィトン", "I-000123", "1000", "a=b", "メール@例", " 123", "'quoted"})
  void leavesOrdinaryTextAsItIs(String value) {
    assertThat(SpreadsheetText.neutralised(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void leavesEmptyAndBlankTextAsItIs(String value) {
    assertThat(SpreadsheetText.neutralised(value)).isEqualTo(value);
  }
}
