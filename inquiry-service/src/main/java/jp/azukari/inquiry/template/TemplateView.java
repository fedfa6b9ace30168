package jp.azukari.inquiry.template;

import java.time.Instant;
import java.util.List;

/** A template as the console lists and edits it; {@code version} goes back in {@code If-Match}. */
record TemplateView(
    String id,
    String name,
    String category,
    String subject,
    String body,
    List<String> keywords,
    Instant updatedAt,
    long version) {

  static TemplateView of(ReplyTemplate template) {
    return new TemplateView(
        template.id(),
        template.name(),
        template.category(),
        template.subject(),
        template.body(),
        template.keywords(),
        template.updatedAt(),
        template.version() == null ? 0 : template.version());
  }
}
