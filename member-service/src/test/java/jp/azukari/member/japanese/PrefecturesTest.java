package jp.azukari.member.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefecturesTest {

  @Test
  void thereAreExactly47AndEachIsAcceptedByItsFullName() {
    assertThat(Prefectures.ALL).hasSize(47).doesNotHaveDuplicates();
    assertThat(Prefectures.ALL).allSatisfy(p -> assertThat(Prefectures.normalize(p)).isEqualTo(p));
    assertThat(Prefectures.ALL)
        .allSatisfy(p -> assertThat(p).matches(".+[都道府県]"))
        .startsWith("北海道", "青森県")
        .endsWith("鹿児島県", "沖縄県");
  }

  @Test
  void everyPrefectureButHokkaidoIsAlsoAcceptedWithoutItsSuffix() {
    Prefectures.ALL.stream()
        .filter(p -> !p.equals("北海道"))
        .forEach(
            p -> assertThat(Prefectures.normalize(p.substring(0, p.length() - 1))).isEqualTo(p));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"東京|東京都", "京都|京都府", "大阪|大阪府", "神奈川|神奈川県", "　東京都　|東京都", "東 京 都|東京都", "北海道|北海道"})
  void isStoredByItsFullName(String typed, String stored) {
    assertThat(Prefectures.normalize(typed)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"北海", "東京府", "大阪都", "Tokyo", "東京都千代田区", "江戸", "京"})
  void refusesAnythingElse(String typed) {
    assertThatThrownBy(() -> Prefectures.normalize(typed))
        .isInstanceOfSatisfying(
            RejectedInput.class, e -> assertThat(e.code()).isEqualTo("prefecture.unknown"))
        .hasMessage("Choose one of the 47 prefectures, e.g. 東京都.");
  }
}
