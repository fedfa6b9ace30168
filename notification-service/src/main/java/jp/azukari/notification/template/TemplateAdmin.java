package jp.azukari.notification.template;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import jp.azukari.contracts.notification.MailTestSent;
import jp.azukari.notification.mail.MailOutbox;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.web.CodedProblems;
import jp.azukari.platform.web.IfMatch;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** What admins do with templates: check and save, preview a draft, test-send, reset. */
@Service
class TemplateAdmin {

  static final String TEST_RELATED_TYPE = "template-test";

  private final MailTemplates templates;
  private final MongoTemplate mongo;
  private final MailOutbox outbox;
  private final CurrentActor actor;
  private final Clock clock;

  TemplateAdmin(
      MailTemplates templates,
      MongoTemplate mongo,
      MailOutbox outbox,
      CurrentActor actor,
      Clock clock) {
    this.templates = templates;
    this.mongo = mongo;
    this.outbox = outbox;
    this.actor = actor;
    this.clock = clock;
  }

  List<MailTemplate> all() {
    return templates.all();
  }

  MailTemplate one(String kind, String language) {
    return templates.current(kind, language);
  }

  MailTemplate save(String kind, String language, String ifMatch, TemplateParts parts) {
    MailTemplate template = templates.current(kind, language);
    IfMatch.check(template, ifMatch);
    TemplateEngine.check(MailKinds.find(kind).orElseThrow(), parts);
    template.change(parts, actor.get().name(), clock.instant());
    return mongo.save(template);
  }

  MailTemplate reset(String kind, String language, String ifMatch) {
    MailTemplate template = templates.current(kind, language);
    if (IfMatch.optionalVersion(ifMatch) != null) {
      IfMatch.check(template, ifMatch);
    }
    template.reset(MailTemplates.defaults(kind, language), actor.get().name(), clock.instant());
    return mongo.save(template);
  }

  RenderedMail preview(String kind, String language, TemplateParts draft) {
    MailKind mailKind = known(kind, language);
    TemplateEngine.check(mailKind, draft);
    return TemplateEngine.render(draft, mailKind.sample());
  }

  /** Queues the saved template rendered with sample data to {@code to}; the delivery's id. */
  String testSend(String kind, String language, String to) {
    MailKind mailKind = known(kind, language);
    if (to == null || to.isBlank()) {
      throw new ErrorResponseException(
          HttpStatus.BAD_REQUEST,
          CodedProblems.of(
              HttpStatus.BAD_REQUEST,
              "no-address",
              "Your account has no e-mail address: name one in \"to\"."),
          null);
    }
    String id = UUID.randomUUID().toString();
    var rendered = templates.render(kind, language, mailKind.sample());
    var actorNow = actor.get();
    outbox.queue(
        new MailOutbox.Outgoing(
            id,
            kind,
            null,
            TEST_RELATED_TYPE,
            kind + "." + language,
            to,
            actorNow.name(),
            rendered,
            null),
        new MailTestSent(id, kind, language, to));
    return id;
  }

  private MailKind known(String kind, String language) {
    if (!MailTemplates.LANGUAGES.contains(language)) {
      throw TemplateProblem.unknown();
    }
    return MailKinds.find(kind).orElseThrow(TemplateProblem::unknown);
  }
}
