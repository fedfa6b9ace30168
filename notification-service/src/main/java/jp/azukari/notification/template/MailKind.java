package jp.azukari.notification.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of mail the service sends, with the placeholders its templates may use.
 *
 * @param name e.g. {@code request-status}; also the name of its shipped template files
 * @param placeholders what its templates may use
 */
public record MailKind(String name, List<Placeholder> placeholders) {

  /** The model previews and test mails render with. */
  public Map<String, Object> sample() {
    Map<String, Object> model = new HashMap<>();
    placeholders.forEach(placeholder -> model.put(placeholder.name(), placeholder.sample()));
    return model;
  }

  Optional<Placeholder> placeholder(String name) {
    return placeholders.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
