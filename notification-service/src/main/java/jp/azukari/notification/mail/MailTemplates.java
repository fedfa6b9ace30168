package jp.azukari.notification.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Mail templates ({@code templates/mail/<name>.<language>.<part>.mustache}, part {@code subject},
 * {@code txt} or {@code html}), rendered with Mustache. The HTML part escapes every value; the
 * subject and text parts are plain text and the subject is kept on one line. Japanese unless the
 * language is English.
 */
@Component
class MailTemplates {

  static final String JAPANESE = "ja";
  static final Set<String> LANGUAGES = Set.of(JAPANESE, "en");

  private final Mustache.Compiler html;
  private final Mustache.Compiler plain;
  private final Map<String, Template> compiled = new ConcurrentHashMap<>();

  MailTemplates() {
    this.html = Mustache.compiler().escapeHTML(true).nullValue("");
    this.plain = Mustache.compiler().escapeHTML(false).nullValue("");
  }

  static String language(String requested) {
    return requested != null && LANGUAGES.contains(requested) ? requested : JAPANESE;
  }

  /** Whether templates of that name exist (every language and part is shipped together). */
  boolean exists(String name) {
    return name != null
        && name.matches("[a-z0-9][a-z0-9-]*")
        && new ClassPathResource("templates/mail/" + name + "." + JAPANESE + ".txt.mustache")
            .exists();
  }

  RenderedMail render(String name, String language, Map<String, Object> model) {
    String lang = language(language);
    return new RenderedMail(
        MailHeaders.subject(template(plain, name, lang, "subject").execute(model)),
        template(plain, name, lang, "txt").execute(model),
        template(html, name, lang, "html").execute(model));
  }

  private Template template(Mustache.Compiler compiler, String name, String lang, String part) {
    String path = "templates/mail/" + name + "." + lang + "." + part + ".mustache";
    return compiled.computeIfAbsent(
        path,
        key -> {
          try (var reader =
              new InputStreamReader(
                  new ClassPathResource(key).getInputStream(), StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
          } catch (IOException e) {
            throw new UncheckedIOException("No mail template " + key, e);
          }
        });
  }
}
