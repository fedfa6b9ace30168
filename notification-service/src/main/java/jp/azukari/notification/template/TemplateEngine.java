package jp.azukari.notification.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Compiles, checks and renders mail templates with Mustache. The HTML part escapes every value; the
 * subject and text parts are plain text and the subject is kept on one line. Partials are not
 * allowed: a template is self-contained.
 */
final class TemplateEngine {

  // An empty value, like a missing one, skips its section: {{#link}}...{{/link}} without a link.
  private static final Mustache.Compiler HTML =
      Mustache.compiler().escapeHTML(true).nullValue("").emptyStringIsFalse(true);
  private static final Mustache.Compiler PLAIN =
      Mustache.compiler().escapeHTML(false).nullValue("").emptyStringIsFalse(true);

  private TemplateEngine() {}

  /**
   * Refuses templates that do not compile ({@link TemplateProblem#syntax}) or that use a name the
   * kind does not declare ({@link TemplateProblem#unknownPlaceholder}).
   */
  static void check(MailKind kind, TemplateParts parts) {
    check(kind, "subject", parts.subject());
    check(kind, "text", parts.text());
    check(kind, "html", parts.html());
  }

  private static void check(MailKind kind, String part, String source) {
    Template template;
    try {
      template = PLAIN.compile(source == null ? "" : source);
    } catch (MustacheException e) {
      throw TemplateProblem.syntax(part, e.getMessage());
    }
    for (String name : names(template)) {
      if (kind.placeholder(name).isEmpty()) {
        throw TemplateProblem.unknownPlaceholder(part, name, kind);
      }
    }
  }

  /** Every name a template uses, as a variable or a section, in order. */
  static Set<String> names(Template template) {
    Set<String> names = new LinkedHashSet<>();
    template.visit(
        new Mustache.Visitor() {
          @Override
          public void visitText(String text) {}

          @Override
          public void visitVariable(String name) {
            names.add(name);
          }

          @Override
          public boolean visitInclude(String name) {
            names.add(">" + name);
            return false;
          }

          @Override
          public boolean visitSection(String name) {
            names.add(name);
            return true;
          }

          @Override
          public boolean visitInvertedSection(String name) {
            names.add(name);
            return true;
          }
        });
    return names;
  }

  static RenderedMail render(TemplateParts parts, Map<String, Object> model) {
    return new RenderedMail(
        oneLine(PLAIN.compile(nonNull(parts.subject())).execute(model)),
        PLAIN.compile(nonNull(parts.text())).execute(model),
        HTML.compile(nonNull(parts.html())).execute(model));
  }

  private static String nonNull(String source) {
    return source == null ? "" : source;
  }

  /** A subject on one line. */
  static String oneLine(String subject) {
    return subject.replaceAll("\\p{Cntrl}+", " ").strip();
  }
}
