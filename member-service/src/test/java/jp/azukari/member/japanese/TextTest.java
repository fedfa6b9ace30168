package jp.azukari.member.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "山田\r\n太郎", // CRLF: would split a mail header
        "山田\n太郎",
        "山田\r太郎",
        "山田\t太郎",
        "山田\u0000",
        "山田\u007F",
        "山田\u0085太郎", // next line
        "山田\u2028太郎", // line separator
        "山田\u2029太郎", // paragraph separator
        "山田\u200B太郎", // zero-width space
        "山田\u202E太郎", // right-to-left override
        "\uFEFF山田", // byte order mark
        "山田\uD800太郎" // half a surrogate pair
      })
  void refusesLineBreaksAndOtherControlCharactersInAnyField(String typed) {
    assertThatThrownBy(() -> Text.plain(typed, 50))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("text.controlCharacters"))
        .hasMessage("Remove line breaks, tabs and other invisible control characters.");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "山田|山田",
        "  山田  |山田",
        "　山田　花子　|山田 花子", // ideographic spaces
        "山田 \u00A0 花子|山田 花子", // mixed spaces become one
        "ＡＢＣ商事|ABC商事",
        "千代田１－２－３|千代田1-2-3",
        "ｱｲｳﾊﾟｰﾄ 101|アイウパート 101",
        "ﾒｿﾞﾝ･ｶﾞｰﾃﾞﾝ|メゾン・ガーデン",
        "会社員|会社員"
      })
  void freeTextIsFoldedToOneWidthAndItsSpacesSqueezed(String typed, String stored) {
    assertThat(Text.plain(typed, 50)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "\uFA19田", // 神 compatibility ideograph: NFKC/NFC would change it to 神 U+795E
        "\uFA11", // 﨑
        "髙橋",
        "葛\uDB40\uDD00飾" // 葛 with an ideographic variation selector
      })
  void namesKeepTheExactKanjiVariantThePersonUses(String typed) {
    assertThat(Text.plain(typed, 50)).isEqualTo(typed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "　　", "\u00A0"})
  void nothingButSpacesMeansTheFieldIsEmpty(String typed) {
    assertThat(Text.plain(typed, 50)).isNull();
    assertThat(Text.plain(null, 50)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"5,山田花子です", "3,ＡＢＣＤ"})
  void refusesTextLongerThanTheFieldAllowsCountingCharactersNotBytes(int max, String typed) {
    assertThatThrownBy(() -> Text.plain(typed, max))
        .hasMessage("Use at most " + max + " characters.");
    assertThat(Text.plain("𠮷野家", 3)).isEqualTo("𠮷野家"); // a character outside the BMP counts once
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"-", "‐", "‑", "‒", "–", "—", "―", "−", "ー", "ｰ", "－", "﹣"})
  void everyDashPeopleTypeBetweenDigitsBecomesAHyphen(String dash) {
    assertThat(Text.dashesToHyphens("03" + dash + "1234")).isEqualTo("03-1234");
  }
}
