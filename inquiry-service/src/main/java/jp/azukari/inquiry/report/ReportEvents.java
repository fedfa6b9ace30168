package jp.azukari.inquiry.report;

import java.time.Instant;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.CustomerMessageReceived;
import jp.azukari.contracts.inquiry.InquiriesMerged;
import jp.azukari.contracts.inquiry.InquiryAssigned;
import jp.azukari.contracts.inquiry.InquiryLabelsChanged;
import jp.azukari.contracts.inquiry.InquiryReceived;
import jp.azukari.contracts.inquiry.InquiryReplied;
import jp.azukari.contracts.inquiry.InquiryState;
import jp.azukari.contracts.inquiry.InquiryStateChanged;
import jp.azukari.contracts.inquiry.PhoneMemoLogged;
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
 * Keeps {@link InquiryRecord}s from {@code inquiry.events}, once per event id, by field updates
 * (first response with {@code $min}, so a replay or a late event never moves it later). An
 * inquiry's events share a partition, so they arrive in order; the event's time is when it
 * happened.
 */
@Component
class ReportEvents {

  static final String CONSUMER = "inquiry-reports";

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MongoTemplate mongo;

  ReportEvents(EventEnvelopes envelopes, ProcessedEvents processed, MongoTemplate mongo) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.mongo = mongo;
  }

  @KafkaListener(id = CONSUMER, topics = Topics.INQUIRY)
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    processed.once(CONSUMER, envelope, () -> apply(envelope));
  }

  void apply(EventEnvelope e) {
    Instant at = e.time();
    switch (e.type()) {
      case "inquiry.InquiryReceived" -> {
        var received = envelopes.data(e, InquiryReceived.class);
        var update =
            new Update()
                .set("number", received.number())
                .set("channel", received.channel())
                .set("memberId", received.memberId())
                .set("receivedAt", at)
                .setOnInsert("state", InquiryState.NEW);
        if (received.channel() == Channel.PHONE) {
          update.min("firstResponseAt", at).max("lastResponseAt", at);
        } else {
          update.max("lastCustomerMessageAt", at);
        }
        upsert(received.inquiryId(), update);
      }
      case "inquiry.CustomerMessageReceived" ->
          upsert(
              envelopes.data(e, CustomerMessageReceived.class).inquiryId(),
              new Update().max("lastCustomerMessageAt", at));
      case "inquiry.InquiryReplied" ->
          responded(envelopes.data(e, InquiryReplied.class).inquiryId(), at);
      case "inquiry.PhoneMemoLogged" ->
          responded(envelopes.data(e, PhoneMemoLogged.class).inquiryId(), at);
      case "inquiry.InquiryStateChanged" -> {
        var changed = envelopes.data(e, InquiryStateChanged.class);
        var update = new Update().set("state", changed.to());
        if (changed.to() == InquiryState.DONE) {
          update.set("doneAt", at);
        } else {
          update.unset("doneAt");
        }
        upsert(changed.inquiryId(), update);
      }
      case "inquiry.InquiryAssigned" -> {
        var assigned = envelopes.data(e, InquiryAssigned.class);
        upsert(
            assigned.inquiryId(),
            new Update()
                .set("assigneeId", assigned.assigneeId())
                .set("assigneeName", assigned.assigneeName()));
      }
      case "inquiry.InquiryLabelsChanged" -> {
        var labels = envelopes.data(e, InquiryLabelsChanged.class);
        upsert(labels.inquiryId(), new Update().set("labels", labels.after()));
      }
      case "inquiry.InquiriesMerged" -> {
        var merged = envelopes.data(e, InquiriesMerged.class);
        upsert(merged.sourceId(), new Update().set("mergedInto", merged.targetId()));
      }
      default -> {}
    }
  }

  private void responded(String inquiryId, Instant at) {
    upsert(inquiryId, new Update().min("firstResponseAt", at).max("lastResponseAt", at));
  }

  private void upsert(String inquiryId, Update update) {
    mongo.upsert(Query.query(Criteria.where("_id").is(inquiryId)), update, InquiryRecord.class);
  }
}
