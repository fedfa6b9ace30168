package jp.azukari.notification.mail;

import java.util.HashMap;
import java.util.Map;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.ChangeRequestApproved;
import jp.azukari.contracts.member.ChangeRequestRejected;
import jp.azukari.contracts.member.VerificationDecided;
import jp.azukari.notification.recipient.MailRecipients;
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
 * Mails a member the decisions staff made about them (member.events): the identity verification's
 * result ({@code VerificationDecided}) and the decision on a change request ({@code
 * ChangeRequestApproved}, {@code ChangeRequestRejected}). One delivery per event, under the event's
 * id; a member without a known address gets a FAILED delivery ("no address").
 */
@Component
class MemberDecisionMails {

  static final String NO_ADDRESS = "no address";
  private static final Logger log = LoggerFactory.getLogger(MemberDecisionMails.class);

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MailRecipients recipients;
  private final MailTemplates templates;
  private final MemberWebLinks links;
  private final MailOutbox outbox;

  MemberDecisionMails(
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

  /** A decision to mail: kind, whom, what about, and the model without the recipient's name. */
  record Decision(
      String kind,
      String memberId,
      String relatedType,
      String relatedId,
      Map<String, Object> model) {}

  @KafkaListener(id = "member-decision-mails", topics = Topics.MEMBER)
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    Decision decision =
        switch (envelope.type()) {
          case "member.VerificationDecided" ->
              verification(envelopes.data(envelope, VerificationDecided.class));
          case "member.ChangeRequestApproved" -> {
            var approved = envelopes.data(envelope, ChangeRequestApproved.class);
            yield changeRequest(
                approved.changeRequestId(),
                approved.memberId(),
                approved.kind(),
                true,
                null,
                approved.reverification());
          }
          case "member.ChangeRequestRejected" -> {
            var rejected = envelopes.data(envelope, ChangeRequestRejected.class);
            yield changeRequest(
                rejected.changeRequestId(),
                rejected.memberId(),
                rejected.kind(),
                false,
                rejected.reason(),
                false);
          }
          default -> null;
        };
    if (decision != null) {
      processed.once("member-decision-mails", envelope, () -> queue(envelope.id(), decision));
    }
  }

  private Decision verification(VerificationDecided decided) {
    boolean verified = "VERIFIED".equals(decided.decision());
    Map<String, Object> model = new HashMap<>();
    model.put("verified", verified);
    model.put("rejected", !verified);
    model.put("reason", decided.reason());
    model.put("link", verified ? links.profile() : links.documents());
    return new Decision(
        MailKinds.VERIFICATION_RESULT, decided.memberId(), "member", decided.memberId(), model);
  }

  private Decision changeRequest(
      String changeRequestId,
      String memberId,
      String kind,
      boolean approved,
      String reason,
      boolean reverification) {
    Map<String, Object> model = new HashMap<>();
    model.put("approved", approved);
    model.put("rejected", !approved);
    model.put("profile", !"PAYOUT_ACCOUNT".equals(kind));
    model.put("payoutAccount", "PAYOUT_ACCOUNT".equals(kind));
    model.put("reason", reason);
    model.put("reverification", reverification);
    model.put("link", reverification ? links.documents() : links.profile());
    return new Decision(
        MailKinds.CHANGE_REQUEST_DECISION, memberId, "change-request", changeRequestId, model);
  }

  void queue(String eventId, Decision decision) {
    var recipient = recipients.find(decision.memberId());
    if (recipient.isEmpty()) {
      if (outbox.undeliverable(
          eventId,
          decision.kind(),
          decision.memberId(),
          decision.relatedType(),
          decision.relatedId(),
          NO_ADDRESS)) {
        log.warn("{} mail {}: no address", decision.kind(), eventId);
      }
      return;
    }
    Map<String, Object> model = new HashMap<>(decision.model());
    model.put("name", recipient.get().name());
    var rendered = templates.render(decision.kind(), recipient.get().language(), model);
    if (outbox.queue(
        new MailOutbox.Outgoing(
            eventId,
            decision.kind(),
            decision.memberId(),
            decision.relatedType(),
            decision.relatedId(),
            recipient.get().email(),
            recipient.get().name(),
            rendered,
            null))) {
      log.info("{} mail {} queued", decision.kind(), eventId);
    }
  }
}
