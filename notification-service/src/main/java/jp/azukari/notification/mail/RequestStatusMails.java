package jp.azukari.notification.mail;

import java.util.HashMap;
import java.util.Map;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.workflow.MemberMail;
import jp.azukari.contracts.workflow.RequestMemberMailRetried;
import jp.azukari.contracts.workflow.RequestStatusChanged;
import jp.azukari.notification.recipient.MailRecipients;
import jp.azukari.notification.recipient.Recipient;
import jp.azukari.notification.template.MailKinds;
import jp.azukari.notification.template.MailTemplates;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Mails a member when their request enters a status that mails on entry ({@code
 * workflow.RequestStatusChanged} with a {@code memberMail}) and when staff send such a mail again
 * after it failed ({@code workflow.RequestMemberMailRetried}): one delivery per event, under the
 * event's id, however often the event is delivered. A member without a known address gets a FAILED
 * delivery ("no address"), announced like any failed mail, so that staff see it.
 */
@Component
@EnableConfigurationProperties(MemberWebLinks.class)
class RequestStatusMails {

  static final String KIND = MailKinds.REQUEST_STATUS;
  static final String RELATED_TYPE = "request";
  static final String NO_ADDRESS = "no address";
  private static final Logger log = LoggerFactory.getLogger(RequestStatusMails.class);

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MailRecipients recipients;
  private final MailTemplates templates;
  private final MemberWebLinks links;
  private final MailOutbox outbox;

  RequestStatusMails(
      EventEnvelopes envelopes,
      ProcessedEvents processed,
      MailRecipients recipients,
      MailTemplates templates,
      MemberWebLinks links,
      MailOutbox outbox) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.recipients = recipients;
    this.templates = templates;
    this.links = links;
    this.outbox = outbox;
  }

  /** What a status mail is about, from either event. */
  record StatusMail(
      String requestId, String number, String memberId, String status, MemberMail memberMail) {}

  @KafkaListener(id = "request-status-mails", topics = Topics.WORKFLOW)
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    StatusMail mail =
        switch (envelope.type()) {
          case "workflow.RequestStatusChanged" -> {
            var changed = envelopes.data(envelope, RequestStatusChanged.class);
            yield changed.memberMail() == null
                ? null
                : new StatusMail(
                    changed.requestId(),
                    changed.number(),
                    changed.memberId(),
                    changed.to(),
                    changed.memberMail());
          }
          case "workflow.RequestMemberMailRetried" -> {
            var retried = envelopes.data(envelope, RequestMemberMailRetried.class);
            yield new StatusMail(
                retried.requestId(),
                retried.number(),
                retried.memberId(),
                retried.status(),
                retried.memberMail());
          }
          default -> null;
        };
    if (mail != null) {
      processed.once("request-status-mails", envelope, () -> queue(envelope.id(), mail));
    }
  }

  void queue(String eventId, StatusMail mail) {
    var recipient = recipients.find(mail.memberId());
    if (recipient.isEmpty()) {
      if (outbox.undeliverable(
          eventId, KIND, mail.memberId(), RELATED_TYPE, mail.requestId(), NO_ADDRESS)) {
        log.warn("Status mail {} of request {}: no address", eventId, mail.requestId());
      }
      return;
    }
    if (outbox.queue(queued(eventId, mail, recipient.get()))) {
      log.info("Status mail {} of request {} queued", eventId, mail.requestId());
    }
  }

  private MailOutbox.Outgoing queued(String eventId, StatusMail mail, Recipient recipient) {
    String language = MailTemplates.language(recipient.language());
    String template = mail.memberMail().template();
    if (!templates.exists(template)) {
      log.warn(
          "No mail template {}; request {} gets the {} mail", template, mail.requestId(), KIND);
      template = KIND;
    }
    var rendered = templates.render(template, language, model(mail, recipient, language));
    return new MailOutbox.Outgoing(
        eventId,
        KIND,
        mail.memberId(),
        RELATED_TYPE,
        mail.requestId(),
        recipient.email(),
        recipient.name(),
        rendered,
        null);
  }

  private Map<String, Object> model(StatusMail mail, Recipient recipient, String language) {
    Map<String, Object> model = new HashMap<>();
    model.put("name", recipient.name());
    model.put("number", mail.number());
    model.put("statusLabel", label(mail, language));
    model.put("link", links.request(mail.requestId()));
    return model;
  }

  /** The member-facing label in the mail's language, else in Japanese, else the status code. */
  private static String label(StatusMail mail, String language) {
    Map<String, String> labels = mail.memberMail().statusLabel();
    if (labels != null) {
      for (String candidate : new String[] {language, MailTemplates.JAPANESE}) {
        String label = labels.get(candidate);
        if (label != null && !label.isBlank()) {
          return label;
        }
      }
    }
    return mail.status();
  }
}
