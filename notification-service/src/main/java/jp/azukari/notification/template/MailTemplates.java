package jp.azukari.notification.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The mail templates: one per kind and language, kept in MongoDB where admins edit them and seeded
 * from the defaults shipped on the classpath ({@code
 * templates/mail/<kind>.<language>.<subject|txt|html>.mustache}), which a reset restores. Japanese
 * unless the language is English.
 */
@Component
public class MailTemplates {

  public static final String JAPANESE = "ja";
  public static final List<String> LANGUAGES = List.of(JAPANESE, "en");

  private final MongoTemplate mongo;
  private final Clock clock;

  MailTemplates(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** The language to mail in: the one asked for if there are templates in it, else Japanese. */
  public static String language(String requested) {
    return requested != null && LANGUAGES.contains(requested) ? requested : JAPANESE;
  }

  /** Whether mails of that kind exist. */
  public boolean exists(String kind) {
    return kind != null && MailKinds.find(kind).isPresent();
  }

  /** Renders a mail of the kind in the language (or Japanese) with the model. */
  public RenderedMail render(String kind, String language, Map<String, Object> model) {
    return TemplateEngine.render(current(kind, language(language)).parts(), model);
  }

  /** Every template, seeding any that is missing. */
  List<MailTemplate> all() {
    List<MailTemplate> all = new ArrayList<>();
    for (MailKind kind : MailKinds.all()) {
      for (String language : LANGUAGES) {
        all.add(current(kind.name(), language));
      }
    }
    return all;
  }

  /** The template as the shop edited it, or the shipped default stored on first use. */
  MailTemplate current(String kind, String language) {
    if (MailKinds.find(kind).isEmpty() || !LANGUAGES.contains(language)) {
      throw TemplateProblem.unknown();
    }
    MailTemplate stored = mongo.findById(MailTemplate.id(kind, language), MailTemplate.class);
    if (stored != null) {
      return stored;
    }
    try {
      return mongo.insert(
          MailTemplate.seeded(kind, language, defaults(kind, language), clock.instant()));
    } catch (DuplicateKeyException seededMeanwhile) {
      return mongo.findById(MailTemplate.id(kind, language), MailTemplate.class);
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    all();
  }

  /** The templates shipped with the service. */
  static TemplateParts defaults(String kind, String language) {
    return new TemplateParts(
        file(kind, language, "subject"), file(kind, language, "txt"), file(kind, language, "html"));
  }

  private static String file(String kind, String language, String part) {
    String path = "templates/mail/" + kind + "." + language + "." + part + ".mustache";
    try {
      return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("No mail template " + path, e);
    }
  }
}
