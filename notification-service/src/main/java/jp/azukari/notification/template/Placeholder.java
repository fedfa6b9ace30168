package jp.azukari.notification.template;

import java.util.Map;

/**
 * A name a template of a kind may use, what it holds and a sample value for previews and test
 * mails. A {@code Boolean} sample marks a flag, used as a section ({@code
 * {{#verified}}...{{/verified}}}).
 *
 * @param name the name in the template
 * @param description what it holds, by language ({@code ja}, {@code en})
 * @param sample the value previews and test mails use
 */
public record Placeholder(String name, Map<String, String> description, Object sample) {

  static Placeholder of(String name, String ja, String en, Object sample) {
    return new Placeholder(name, Map.of("ja", ja, "en", en), sample);
  }
}
