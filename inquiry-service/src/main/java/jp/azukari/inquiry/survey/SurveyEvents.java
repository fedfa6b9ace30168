package jp.azukari.inquiry.survey;

import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.contracts.inquiry.InquiryState;
import jp.azukari.contracts.inquiry.InquiryStateChanged;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Starts surveys from {@code InquiryStateChanged} to DONE (not suppressed) and remembers where
 * replies went from {@code InquiryMailRequested(REPLY)}, once per event id. The two topics are read
 * independently, so a survey whose address arrives after the inquiry was done waits for it.
 */
@Component
class SurveyEvents {

  static final String CONSUMER = "inquiry-survey";

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MongoTemplate mongo;
  private final Surveys surveys;

  SurveyEvents(
      EventEnvelopes envelopes, ProcessedEvents processed, MongoTemplate mongo, Surveys surveys) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.mongo = mongo;
    this.surveys = surveys;
  }

  @KafkaListener(
      id = CONSUMER,
      topics = {Topics.INQUIRY, Topics.INQUIRY_MAILS})
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    switch (envelope.type()) {
      case "inquiry.InquiryStateChanged", "inquiry.InquiryMailRequested" ->
          processed.once(CONSUMER, envelope, () -> apply(envelope));
      default -> {}
    }
  }

  void apply(EventEnvelope envelope) {
    if (envelope.type().equals("inquiry.InquiryStateChanged")) {
      var changed = envelopes.data(envelope, InquiryStateChanged.class);
      if (changed.to() == InquiryState.DONE && !changed.surveySuppressed()) {
        surveys.done(changed.inquiryId(), changed.memberId());
      }
      return;
    }
    var mail = envelopes.data(envelope, InquiryMailRequested.class);
    if (mail.kind() == InquiryMailRequested.Kind.REPLY
        && mail.toAddress() != null
        && !mail.toAddress().isBlank()) {
      mongo.save(
          new SurveyContact(
              mail.inquiryId(), mail.toAddress(), mail.toName(), mail.language(), mail.memberId()));
      surveys.addressKnown(mail.inquiryId());
    }
  }
}
