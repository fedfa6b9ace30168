package jp.azukari.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class TemplateEngineTest {

  static final MailKind STATUS = MailKinds.find(MailKinds.REQUEST_STATUS).orElseThrow();

  static ProblemDetail problem(Runnable check) {
    try {
      check.run();
    } catch (TemplateProblem problem) {
      return problem.getBody();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void everyShippedTemplateUsesOnlyItsKindsPlaceholders() {
    for (MailKind kind : MailKinds.all()) {
      for (String language : MailTemplates.LANGUAGES) {
        TemplateEngine.check(kind, MailTemplates.defaults(kind.name(), language));
        var rendered =
            TemplateEngine.render(MailTemplates.defaults(kind.name(), language), kind.sample());
        assertThat(rendered.subject()).as(kind.name() + "." + language).isNotBlank();
        assertThat(rendered.text()).isNotBlank();
        assertThat(rendered.html()).contains("<html");
      }
    }
  }

  @Test
  void rendersJapaneseTextAndEscapesValuesOnlyInHtml() {
    var parts =
        new TemplateParts(
            "【Azukari】{{number}} の状況：{{statusLabel}}",
            "{{name}} 様\n状況が「{{statusLabel}}」になりました。",
            "<p>{{name}} 様</p><p>「{{statusLabel}}」</p><a href=\"{{link}}\">開く</a>");

    var mail =
        TemplateEngine.render(
            parts,
            Map.of(
                "name", "<山田> 花子 & 太郎",
                "number", "R-000123",
                "statusLabel", "キットを\n発送しました",
                "link", "https://azukari.example/requests/1?a=1&b=\"2\""));

    assertThat(mail.subject()).isEqualTo("【Azukari】R-000123 の状況：キットを 発送しました");
    assertThat(mail.text()).isEqualTo("<山田> 花子 & 太郎 様\n状況が「キットを\n発送しました」になりました。");
    assertThat(mail.html())
        .contains("<p>&lt;山田&gt; 花子 &amp; 太郎 様</p>")
        // JMustache also escapes "=" (&#x3D;), which browsers read back as "=".
        .contains("href=\"https://azukari.example/requests/1?a&#x3D;1&amp;b&#x3D;&quot;2&quot;\"")
        .doesNotContain("<山田>");
  }

  @Test
  void refusesAnUnknownPlaceholderNamingIt() {
    var problem =
        problem(
            () ->
                TemplateEngine.check(
                    STATUS, new TemplateParts("{{number}}", "{{nmber}} です", "<p>{{name}}</p>")));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getProperties())
        .containsEntry("code", "unknown-placeholder")
        .containsEntry("placeholder", "nmber")
        .containsEntry("part", "text");
    assertThat(problem.getDetail()).contains("{{nmber}}").contains("statusLabel");
  }

  @Test
  void refusesASectionOverAnUnknownName() {
    var problem =
        problem(
            () ->
                TemplateEngine.check(
                    STATUS,
                    new TemplateParts("x", "x", "{{#premium}}<p>{{number}}</p>{{/premium}}")));

    assertThat(problem.getProperties())
        .containsEntry("code", "unknown-placeholder")
        .containsEntry("placeholder", "premium")
        .containsEntry("part", "html");
  }

  @Test
  void refusesPartials() {
    var problem =
        problem(() -> TemplateEngine.check(STATUS, new TemplateParts("x", "{{> footer}}", "x")));

    assertThat(problem.getProperties()).containsEntry("code", "unknown-placeholder");
  }

  @Test
  void refusesATemplateThatDoesNotCompile() {
    var problem =
        problem(
            () ->
                TemplateEngine.check(
                    STATUS, new TemplateParts("{{#name}}unclosed", "x", "<p>x</p>")));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getProperties())
        .containsEntry("code", "template-syntax")
        .containsEntry("part", "subject");
  }

  @Test
  void aTemplateOfKnownNamesIsAccepted() {
    TemplateEngine.check(
        STATUS,
        new TemplateParts(
            "{{number}}", "{{#name}}{{name}}{{/name}}{{^name}}お客様{{/name}}", "{{link}}"));
  }

  @Test
  void aSectionOverAnEmptyOrMissingValueIsLeftOut() {
    var parts = new TemplateParts("s", "{{text}}{{#link}}\nリンク：{{link}}{{/link}}", "");
    var kind = MailKinds.find(MailKinds.INQUIRY_ACKNOWLEDGEMENT).orElseThrow();
    TemplateEngine.check(kind, parts);

    assertThat(TemplateEngine.render(parts, Map.of("text", "本文", "link", "")).text())
        .isEqualTo("本文");
    assertThat(TemplateEngine.render(parts, Map.of("text", "本文")).text()).isEqualTo("本文");
    assertThat(
            TemplateEngine.render(parts, Map.of("text", "本文", "link", "https://a.example")).text())
        .isEqualTo("本文\nリンク：https://a.example");
  }
}
