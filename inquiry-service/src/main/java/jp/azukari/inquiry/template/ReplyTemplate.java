package jp.azukari.inquiry.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.inquiry.ReplyTemplateChanged;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reply template shared by the team. Every creation, edit and removal announces {@link
 * ReplyTemplateChanged} with each changed field; a removed template stays (with its events) but is
 * no longer listed.
 */
@Document("reply_templates")
class ReplyTemplate extends OutboxAggregate {

  @Id private String id;
  private String name;
  private String category;
  private String subject;
  private String body;
  private List<String> keywords = new ArrayList<>();
  private boolean removed;
  private Instant createdAt;
  private Instant updatedAt;

  protected ReplyTemplate() {}

  static ReplyTemplate create(String id, TemplateContent content, Instant now) {
    var template = new ReplyTemplate();
    template.id = id;
    template.createdAt = now;
    template.apply(content, now);
    return template;
  }

  /** Changes the content; nothing is announced when nothing changed. */
  boolean edit(TemplateContent content, Instant now) {
    return apply(content, now);
  }

  void remove(Instant now) {
    removed = true;
    updatedAt = now;
    registerEvent(new ReplyTemplateChanged(id, name, List.of(), true));
  }

  private boolean apply(TemplateContent content, Instant now) {
    List<FieldChange> changes = new ArrayList<>();
    name = changed(changes, "name", name, content.name());
    category = changed(changes, "category", category, content.category());
    subject = changed(changes, "subject", subject, content.subject());
    body = changed(changes, "body", body, content.body());
    keywords = changed(changes, "keywords", keywords, List.copyOf(content.keywords()));
    if (changes.isEmpty()) {
      return false;
    }
    updatedAt = now;
    registerEvent(new ReplyTemplateChanged(id, name, changes, false));
    return true;
  }

  private static <T> T changed(List<FieldChange> changes, String field, T before, T after) {
    if (!Objects.equals(before, after)) {
      changes.add(new FieldChange(field, before, after));
    }
    return after;
  }

  String id() {
    return id;
  }

  String name() {
    return name;
  }

  String category() {
    return category;
  }

  String subject() {
    return subject;
  }

  String body() {
    return body;
  }

  List<String> keywords() {
    return keywords == null ? List.of() : keywords;
  }

  boolean removed() {
    return removed;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
