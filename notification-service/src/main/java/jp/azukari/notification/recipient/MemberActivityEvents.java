package jp.azukari.notification.recipient;

import java.time.Instant;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.platform.events.EventEnvelopes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Remembers when each member last did something themselves: any event on the member, workflow or
 * inquiry topics whose actor is the member. Kept with a {@code $max} update, so a redelivered or
 * late event changes nothing and no record of processed events is needed.
 */
@Component
class MemberActivityEvents {

  private final EventEnvelopes envelopes;
  private final MongoTemplate mongo;

  MemberActivityEvents(EventEnvelopes envelopes, MongoTemplate mongo) {
    this.envelopes = envelopes;
    this.mongo = mongo;
  }

  @KafkaListener(
      id = "member-activity",
      topics = {Topics.MEMBER, Topics.WORKFLOW, Topics.INQUIRY})
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    if (envelope.actortype() != ActorType.MEMBER
        || envelope.actorid() == null
        || envelope.time() == null) {
      return;
    }
    active(envelope.actorid(), envelope.time());
  }

  void active(String memberId, Instant at) {
    mongo.upsert(
        Query.query(Criteria.where("_id").is(memberId)),
        new Update().max(MailRecipient.LAST_ACTIVE_AT, at),
        MailRecipient.class);
  }
}
