package jp.azukari.member.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KanaTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "ヤマダ|ヤマダ",
        "ﾔﾏﾀﾞ|ヤマダ", // half-width, voiced mark joined
        "ﾊﾟﾋﾟﾌﾟ|パピプ", // semi-voiced marks
        "やまだ|ヤマダ", // hiragana
        "ぱぴぷ|パピプ",
        "ゔぁいおりん|ヴァイオリン",
        "きょうこ|キョウコ", // small kana stay small in a name
        "サトー|サトー",
        "ｻﾄｰ|サトー", // half-width long-vowel mark
        "さとー|サトー",
        "サト-|サトー", // a hyphen after a kana is the long-vowel mark
        "サト－|サトー",
        "サト―|サトー",
        "スミス・ジョン|スミス・ジョン", // middle dot kept
        "ｽﾐｽ･ｼﾞｮﾝ|スミス・ジョン",
        "　ヤマダ　タロウ　|ヤマダ タロウ",
        "か゛|ガ", // a spacing voiced mark typed after the kana
        "ササキ|ササキ",
        "ささき|ササキ",
        "いすゞ|イスヾ"
      })
  void nameKanaIsStoredInFullWidthKatakana(String typed, String stored) {
    assertThat(Kana.name(typed)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"山田", "Yamada", "ﾔﾏﾀﾞ1", "ヤマダ!", "ヤマダ（タロウ）", "゛"})
  void nameKanaRefusesAnythingButKana(String typed) {
    assertThatThrownBy(() -> Kana.name(typed))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("kana.characters"))
        .hasMessage("Write this in katakana or hiragana only, e.g. ヤマダ.");
  }

  @Test
  void nameKanaRefusesLineBreaksAndTooLongNames() {
    assertThatThrownBy(() -> Kana.name("ヤマダ\r\nBcc: x@example.com"))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("text.controlCharacters"));
    assertThat(Kana.name("ア".repeat(Kana.NAME_MAX))).hasSize(Kana.NAME_MAX);
    assertThatThrownBy(() -> Kana.name("ア".repeat(Kana.NAME_MAX + 1)))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("text.tooLong"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "ﾔﾏﾀﾞ ﾊﾅｺ|ヤマダ ハナコ", // as printed on bank books
        "やまだ　はなこ|ヤマダ ハナコ",
        "キョウコ|キョウコ", // small kana accepted; the bank makes them large
        "ｻﾄｰ ｼﾞﾛｳ|サトー ジロウ",
        "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ|カ）ヤマダショウジ", // Zengin parenthesis
        "（ｶ）ﾔﾏﾀﾞ|（カ）ヤマダ",
        "ﾔﾏﾀﾞ.ﾊﾅｺ|ヤマダ．ハナコ" // Zengin full stop
      })
  void accountHolderKanaIsStoredInFullWidthKatakanaWithZenginSymbols(String typed, String stored) {
    assertThat(Kana.accountHolder(typed)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"山田 花子", "YAMADA HANAKO", "スミス・ジョン", "ヤマダ/ハナコ", "ヤマダ1"})
  void accountHolderKanaRefusesWhatABankTransferCannotCarry(String typed) {
    assertThatThrownBy(() -> Kana.accountHolder(typed))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("holderKana.characters"));
  }

  @Test
  void accountHolderKanaIsLimitedTo30HalfWidthCharactersAsTheBankCountsThem() {
    assertThat(Kana.accountHolder("カ".repeat(30))).hasSize(30);
    assertThat(Kana.accountHolder("ガ".repeat(15))).hasSize(15); // ｶﾞ takes two
    assertThatThrownBy(() -> Kana.accountHolder("ガ".repeat(16)))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("holderKana.tooLong"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "　"})
  void emptyKanaIsNoKana(String typed) {
    assertThat(Kana.name(typed)).isNull();
    assertThat(Kana.accountHolder(typed)).isNull();
  }
}
