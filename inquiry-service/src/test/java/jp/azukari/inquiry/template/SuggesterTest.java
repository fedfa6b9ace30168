package jp.azukari.inquiry.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suggestion quality on sample inquiries written the way customers write them. The default
 * templates must put the expected template first for at least 10 of the 12 samples (83 %); the
 * samples that miss are printed so a change of the scoring shows what it costs.
 */
class SuggesterTest {

  record Sample(String subject, String body, String expected) {}

  static final List<Sample> SAMPLES =
      List.of(
          new Sample("キットについて", "先日申し込んだ梱包キットがまだ届きません。", "梱包キットのご案内"),
          new Sample("箱を送ってほしい", "段ボール箱を3つ送っていただけますか。", "梱包キットのご案内"),
          new Sample("入金はいつですか", "売れた商品の代金はいつ振り込まれますか。", "お支払い時期のご案内"),
          new Sample("精算について", "先月分の精算金額と振込日を教えてください。", "お支払い時期のご案内"),
          new Sample("査定の状況", "送った品物の査定はどのくらい進んでいますか。", "お品物の状況のご案内"),
          new Sample("出品状況の確認", "預けたバッグはもう出品されましたか？", "お品物の状況のご案内"),
          new Sample("住所が変わりました", "引っ越しをしたので登録住所を変更したいです。", "ご登録住所の変更"),
          new Sample("登録情報の変更", "電話番号と住所を新しいものにしたいです。", "ご登録住所の変更"),
          new Sample("キャンセルしたい", "申し込みを取り消して品物を返してほしいです。", "キャンセル・返却のご案内"),
          new Sample("返却希望", "売れていない商品を返送してください。", "キャンセル・返却のご案内"),
          new Sample("振込先口座を変更したい", "銀行口座が変わったので振込先を変更したいです。", "ご登録住所の変更"),
          new Sample("届いた商品はどうなっていますか", "１週間前に送った着物の状況を知りたいです。", "お品物の状況のご案内"));

  static List<Suggester.Candidate> defaults() {
    var all = DefaultTemplates.all();
    List<Suggester.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      candidates.add(new Suggester.Candidate("t" + i, all.get(i).name(), all.get(i).keywords()));
    }
    return candidates;
  }

  @Test
  void putsTheExpectedTemplateFirstForMostSampleInquiries() {
    int first = 0;
    List<String> misses = new ArrayList<>();
    for (Sample sample : SAMPLES) {
      var suggestions = Suggester.suggest(defaults(), sample.subject(), sample.body(), 5);
      if (!suggestions.isEmpty() && suggestions.getFirst().name().equals(sample.expected())) {
        first++;
      } else {
        misses.add(sample.subject() + " → " + suggestions);
      }
    }
    System.out.println("Suggestion misses: " + misses);
    assertThat(SAMPLES).hasSizeGreaterThanOrEqualTo(10);
    assertThat(first).as("expected template first, misses: %s", misses).isGreaterThanOrEqualTo(10);
  }

  @Test
  void aKeywordInTheSubjectOutweighsTheSameKeywordInTheBody() {
    var candidates =
        List.of(
            new Suggester.Candidate("a", "A", List.of("住所")),
            new Suggester.Candidate("b", "B", List.of("入金")));
    var suggestions = Suggester.suggest(candidates, "入金について", "住所も知りたい", 5);
    assertThat(suggestions).extracting(Suggester.Suggestion::templateId).containsExactly("b", "a");
  }

  @Test
  void fullWidthAndHalfWidthTextMatchAlike() {
    var candidates = List.of(new Suggester.Candidate("kit", "キット", List.of("キット")));
    assertThat(Suggester.suggest(candidates, "ｷｯﾄ", "", 5)).hasSize(1);
  }

  @Test
  void suggestsNothingWhenNoKeywordMatches() {
    assertThat(Suggester.suggest(defaults(), "hello", "nothing relevant", 5)).isEmpty();
  }
}
