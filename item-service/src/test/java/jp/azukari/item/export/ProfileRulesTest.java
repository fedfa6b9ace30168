package jp.azukari.item.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

  static ProfileInput.Column column(String source, String header) {
    return new ProfileInput.Column(source, header, null);
  }

  static List<String> codes(ProfileInput input) {
    return ProfileRules.check(input).stream().map(e -> e.field() + ":" + e.code()).toList();
  }

  @Test
  void acceptsTheShippedProfiles() {
    for (ExportProfile profile : DefaultProfiles.all(java.time.Clock.systemUTC())) {
      var input =
          new ProfileInput(
              profile.name(),
              profile.format(),
              profile.encoding(),
              profile.columns().stream()
                  .map(c -> new ProfileInput.Column(c.source(), c.header(), c.value()))
                  .toList());
      assertThat(ProfileRules.check(input)).as(profile.id()).isEmpty();
    }
  }

  @Test
  void refusesUnknownSourcesAndDuplicateHeaders() {
    var input =
        new ProfileInput(
            "x",
            ExportFormat.CSV_GENERIC,
            TextEncoding.UTF_8,
            List.of(
                column("title", "title"),
                column("Title!", "name"),
                column("brand", "title"),
                column("number", "a\tb")));
    assertThat(codes(input))
        .containsExactly(
            "columns[1].source:source.unknown",
            "columns[2].header:header.duplicate",
            "columns[3].header:header.control");
  }

  @Test
  void aFixedColumnNeedsItsTextAndNoOtherColumnHasOne() {
    var input =
        new ProfileInput(
            "x",
            ExportFormat.CSV_YAHOO,
            TextEncoding.SHIFT_JIS,
            List.of(
                new ProfileInput.Column("fixed", "開催期間", null),
                new ProfileInput.Column("fixed", "即決価格", ""),
                new ProfileInput.Column("title", "タイトル", "x")));
    assertThat(codes(input))
        .containsExactly("columns[0].value:value.required", "columns[2].value:value.notAllowed");
  }

  @Test
  void shiftJisHeadersAndFixedTextsMustBeHeldAsTheyAre() {
    var input =
        new ProfileInput(
            "x",
            ExportFormat.CSV_YAHOO,
            TextEncoding.SHIFT_JIS,
            List.of(
                column("title", "タイトル😀"),
                new ProfileInput.Column("fixed", "発送元", "𠮷野"),
                column("brand", "ブランド〜")));
    List<FieldError> errors = ProfileRules.check(input);
    assertThat(errors.stream().map(e -> e.field() + ":" + e.code()))
        .containsExactly(
            "columns[0].header:header.encoding",
            "columns[1].value:value.encoding",
            "columns[2].header:header.encoding");
  }

  @Test
  void aWorkbookIsAlwaysUtf8() {
    var input =
        new ProfileInput(
            "x", ExportFormat.XLSX, TextEncoding.SHIFT_JIS, List.of(column("title", "タイトル😀")));
    assertThat(codes(input)).containsExactly("encoding:encoding.xlsx");
  }

  @Test
  void theEncodingDefaultsToWhatTheFormatExpects() {
    assertThat(new ProfileInput("x", ExportFormat.CSV_YAHOO, null, List.of()).encodingOrDefault())
        .isEqualTo(TextEncoding.SHIFT_JIS);
    assertThat(new ProfileInput("x", ExportFormat.CSV_GENERIC, null, List.of()).encodingOrDefault())
        .isEqualTo(TextEncoding.UTF_8);
  }
}
