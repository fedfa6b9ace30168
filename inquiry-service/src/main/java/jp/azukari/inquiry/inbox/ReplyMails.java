package jp.azukari.inquiry.inbox;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.notification.MailDelivered;
import jp.azukari.contracts.notification.MailDeliveryFailed;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Whether each reply mail went out: SENT or FAILED from the notification-service's
 * MailDelivered/MailDeliveryFailed of kind {@code inquiry-reply}, QUEUED until then. Kept beside
 * the inquiry (collection {@code reply_mails}, by mail id), so delivery news never changes the
 * inquiry's version. A delivery names the inquiry; its delivery id is matched to the mail id, else
 * the inquiry's oldest reply mail still queued is the one delivered.
 */
@Component
class ReplyMails {

  static final String CONSUMER = "inquiry-reply-mails";
  static final String COLLECTION = "reply_mails";
  static final String KIND = "inquiry-reply";

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MongoTemplate mongo;
  private final Clock clock;

  ReplyMails(
      EventEnvelopes envelopes, ProcessedEvents processed, MongoTemplate mongo, Clock clock) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.mongo = mongo;
    this.clock = clock;
  }

  @KafkaListener(id = CONSUMER, topics = Topics.NOTIFICATION)
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    switch (envelope.type()) {
      case "notification.MailDelivered" -> {
        var delivered = envelopes.data(envelope, MailDelivered.class);
        if (KIND.equals(delivered.kind()) && "inquiry".equals(delivered.relatedType())) {
          processed.once(
              CONSUMER,
              envelope,
              () -> mark(delivered.relatedId(), delivered.deliveryId(), "SENT"));
        }
      }
      case "notification.MailDeliveryFailed" -> {
        var failed = envelopes.data(envelope, MailDeliveryFailed.class);
        if (KIND.equals(failed.kind()) && "inquiry".equals(failed.relatedType())) {
          processed.once(
              CONSUMER, envelope, () -> mark(failed.relatedId(), failed.deliveryId(), "FAILED"));
        }
      }
      default -> {}
    }
  }

  private void mark(String inquiryId, String deliveryId, String status) {
    Inquiry inquiry = mongo.findById(inquiryId, Inquiry.class);
    if (inquiry == null) {
      return;
    }
    Map<String, String> known = statuses(inquiry);
    String mailId =
        inquiry.messages().stream()
            .filter(m -> m.mailId() != null && m.mailId().equals(deliveryId))
            .map(Message::mailId)
            .findFirst()
            .orElseGet(
                () ->
                    inquiry.messages().stream()
                        .filter(m -> m.mailId() != null && !known.containsKey(m.mailId()))
                        .min(Comparator.comparing(Message::at))
                        .map(Message::mailId)
                        .orElse(null));
    if (mailId != null) {
      mongo.upsert(
          Query.query(Criteria.where("_id").is(mailId)),
          new Update().set("inquiryId", inquiryId).set("status", status).set("at", clock.instant()),
          COLLECTION);
    }
  }

  /** The known delivery outcomes of the inquiry's reply mails, by mail id. */
  Map<String, String> statuses(Inquiry inquiry) {
    return statuses(inquiry.messages().stream().map(Message::mailId).toList());
  }

  Map<String, String> statuses(Collection<String> mailIds) {
    var ids = mailIds.stream().filter(java.util.Objects::nonNull).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return mongo
        .find(Query.query(Criteria.where("_id").in(ids)), org.bson.Document.class, COLLECTION)
        .stream()
        .collect(
            Collectors.toMap(
                doc -> doc.getString("_id"), doc -> doc.getString("status"), (a, b) -> b));
  }
}
