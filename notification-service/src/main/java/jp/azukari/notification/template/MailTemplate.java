package jp.azukari.notification.template;

import java.time.Instant;
import jp.azukari.contracts.notification.TemplateChanged;
import jp.azukari.contracts.notification.TemplateReset;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The templates of one mail kind in one language as the shop edits them, seeded from the defaults
 * shipped on the classpath. Changes by admins are announced (TemplateChanged, TemplateReset).
 */
@Document("mail_templates")
public class MailTemplate extends OutboxAggregate {

  @Id private String id;
  private String kind;
  private String language;
  private String subject;
  private String text;
  private String html;
  private Instant updatedAt;
  private String updatedBy;

  protected MailTemplate() {}

  static String id(String kind, String language) {
    return kind + "." + language;
  }

  static MailTemplate seeded(String kind, String language, TemplateParts parts, Instant now) {
    var template = new MailTemplate();
    template.id = id(kind, language);
    template.kind = kind;
    template.language = language;
    template.apply(parts);
    template.updatedAt = now;
    return template;
  }

  void change(TemplateParts parts, String by, Instant now) {
    apply(parts);
    updatedAt = now;
    updatedBy = by;
    registerEvent(new TemplateChanged(id, kind, language, subject, text, html));
  }

  void reset(TemplateParts defaults, String by, Instant now) {
    apply(defaults);
    updatedAt = now;
    updatedBy = by;
    registerEvent(new TemplateReset(id, kind, language));
  }

  private void apply(TemplateParts parts) {
    subject = parts.subject();
    text = parts.text();
    html = parts.html();
  }

  public String id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public String language() {
    return language;
  }

  public TemplateParts parts() {
    return new TemplateParts(subject, text, html);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
