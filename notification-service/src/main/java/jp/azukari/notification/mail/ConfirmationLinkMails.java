package jp.azukari.notification.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.ConfirmationLinkIssued;
import jp.azukari.contracts.member.ConfirmationLinkIssued.Purpose;
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
 * Turns the member-service's confirmation links ({@link Topics#MEMBER_LINKS}) into queued mails:
 * rendered per purpose and language and stored under the event's id before anything is sent, once
 * however often the event is delivered. {@link ScheduledMailSender} sends them.
 */
@Component
class ConfirmationLinkMails {

  static final String TEMPLATE = MailKinds.CONFIRMATION_LINK;
  private static final Logger log = LoggerFactory.getLogger(ConfirmationLinkMails.class);
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MailTemplates templates;
  private final MailOutbox outbox;

  ConfirmationLinkMails(
      EventEnvelopes envelopes,
      ProcessedEvents processed,
      MailTemplates templates,
      MailOutbox outbox) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.templates = templates;
    this.outbox = outbox;
  }

  @KafkaListener(id = "confirmation-link-mails", topics = Topics.MEMBER_LINKS)
  void on(ConsumerRecord<String, String> record) {
    var envelope = envelopes.fromJson(record.value());
    processed.once(
        "confirmation-link-mails",
        envelope,
        () -> queue(envelope.id(), envelopes.data(envelope, ConfirmationLinkIssued.class)));
  }

  void queue(String eventId, ConfirmationLinkIssued link) {
    var mail = templates.render(TEMPLATE, link.language(), model(link));
    // The kind in the delivery log is the mail kind; the purpose is in the related type.
    boolean queued =
        outbox.queue(
            new MailOutbox.Outgoing(
                eventId,
                TEMPLATE,
                link.memberId(),
                "registration",
                link.registrationId(),
                link.email(),
                link.name(),
                mail,
                null));
    if (queued) {
      log.info("Mail {} ({}) queued", eventId, link.purpose());
    }
  }

  private static Map<String, Object> model(ConfirmationLinkIssued link) {
    Map<String, Object> model = new HashMap<>();
    model.put("email", link.email());
    model.put("name", link.name());
    model.put("link", link.link());
    model.put("expiresAt", formatted(link.expiresAt(), link.language()));
    for (Purpose purpose : Purpose.values()) {
      model.put(camelCase(purpose), purpose == link.purpose());
    }
    return model;
  }

  private static String formatted(Instant instant, String language) {
    if (instant == null) {
      return null;
    }
    var pattern =
        "en".equals(MailTemplates.language(language))
            ? DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'JST'", Locale.ENGLISH)
            : DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.JAPANESE);
    return pattern.format(instant.atZone(JAPAN));
  }

  /** SIGN_UP becomes signUp, the name the templates use. */
  static String camelCase(Purpose purpose) {
    var words = purpose.name().toLowerCase(Locale.ROOT).split("_");
    var name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }
}
