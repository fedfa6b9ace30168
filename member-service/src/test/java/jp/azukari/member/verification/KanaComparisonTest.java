package jp.azukari.member.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KanaComparisonTest {

  @Test
  void widthScriptSpacesAndSmallKanaMakeNoDifference() {
    assertThat(KanaComparison.same("ヤマダ ハナコ", "ﾔﾏﾀﾞﾊﾅｺ")).isTrue();
    assertThat(KanaComparison.same("やまだ　はなこ", "ヤマダハナコ")).isTrue();
    assertThat(KanaComparison.same("キョウコ", "キヨウコ")).isTrue();
    assertThat(KanaComparison.same("スミス・ジョン", "スミス ジヨン")).isTrue();
  }

  @Test
  void differentNamesDiffer() {
    assertThat(KanaComparison.same("ヤマダ ハナコ", "ヤマダ タロウ")).isFalse();
    assertThat(KanaComparison.same("ヤマダ ハナコ", "ヤマダ バナコ")).isFalse();
  }
}
