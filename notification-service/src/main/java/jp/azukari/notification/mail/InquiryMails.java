package jp.azukari.notification.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.notification.template.MailKinds;
import jp.azukari.notification.template.MailTemplates;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Sends the inquiry-service's mails to customers ({@link Topics#INQUIRY_MAILS}): staff replies,
 * out-of-hours acknowledgements and surveys. The text and the address come in the event (guests are
 * not members); the template wraps the text. Sent with the event's Message-ID, In-Reply-To and
 * References, so that the customer's answer threads back into the inquiry; once per mail id.
 */
@Component
class InquiryMails {

  static final String RELATED_TYPE = "inquiry";
  private static final Logger log = LoggerFactory.getLogger(InquiryMails.class);

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MailTemplates templates;
  private final MailOutbox outbox;

  InquiryMails(
      EventEnvelopes envelopes,
      ProcessedEvents processed,
      MailTemplates templates,
      MailOutbox outbox) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.templates = templates;
    this.outbox = outbox;
  }

  @KafkaListener(id = "inquiry-mails", topics = Topics.INQUIRY_MAILS)
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    if ("inquiry.InquiryMailRequested".equals(envelope.type())) {
      var mail = envelopes.data(envelope, InquiryMailRequested.class);
      processed.once("inquiry-mails", envelope, () -> queue(mail));
    }
  }

  static String kind(InquiryMailRequested.Kind kind) {
    return switch (kind) {
      case REPLY -> MailKinds.INQUIRY_REPLY;
      case ACKNOWLEDGEMENT -> MailKinds.INQUIRY_ACKNOWLEDGEMENT;
      case SURVEY -> MailKinds.INQUIRY_SURVEY;
    };
  }

  /** Keyed by the mail id: a second event for the same mail adds nothing. */
  void queue(InquiryMailRequested mail) {
    String kind = kind(mail.kind());
    if (mail.toAddress() == null || mail.toAddress().isBlank()) {
      outbox.undeliverable(
          mail.mailId(), kind, mail.memberId(), RELATED_TYPE, mail.inquiryId(), "no address");
      return;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("name", mail.toName());
    model.put("subject", mail.subject());
    model.put("text", mail.text());
    model.put("link", mail.link());
    var rendered = templates.render(kind, mail.language(), model);
    boolean queued =
        outbox.queue(
            new MailOutbox.Outgoing(
                mail.mailId(),
                kind,
                mail.memberId(),
                RELATED_TYPE,
                mail.inquiryId(),
                mail.toAddress(),
                mail.toName(),
                rendered,
                mail.messageId() == null
                    ? null
                    : new MailOutbox.Threading(
                        mail.messageId(),
                        mail.inReplyTo(),
                        mail.references() == null ? List.of() : mail.references())));
    if (queued) {
      log.info("Inquiry mail {} ({}) of inquiry {} queued", mail.mailId(), kind, mail.inquiryId());
    }
  }
}
