package jp.azukari.workflow.members;

import java.time.Clock;
import java.util.List;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.AccountStatusChanged;
import jp.azukari.contracts.member.ChangeRequestApproved;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.MembersMerged;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.member.VerificationDecided;
import jp.azukari.contracts.member.VerificationSubmitted;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link KnownMember} up to date from member-service's events, once per event however often
 * Kafka delivers it. One member's events share a partition, so they arrive in order.
 */
@Component
class MemberEvents {

  static final String CONSUMER = "workflow-members";

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MongoTemplate mongo;
  private final Clock clock;

  MemberEvents(
      EventEnvelopes envelopes, ProcessedEvents processed, MongoTemplate mongo, Clock clock) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.mongo = mongo;
    this.clock = clock;
  }

  @KafkaListener(id = CONSUMER, topics = Topics.MEMBER)
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    processed.once(CONSUMER, envelope, () -> apply(envelope));
  }

  void apply(EventEnvelope envelope) {
    String type = envelope.type();
    if (is(type, MemberCreated.class)) {
      var created = envelopes.data(envelope, MemberCreated.class);
      change(created.memberId(), member -> member.accountStatus(created.status()));
    } else if (is(type, ProfileChanged.class)) {
      var changed = envelopes.data(envelope, ProfileChanged.class);
      change(changed.memberId(), member -> applyNames(member, changed.changes()));
    } else if (is(type, VerificationSubmitted.class)) {
      var submitted = envelopes.data(envelope, VerificationSubmitted.class);
      change(submitted.memberId(), member -> applyVerification(member, submitted.changes()));
    } else if (is(type, VerificationDecided.class)) {
      var decided = envelopes.data(envelope, VerificationDecided.class);
      change(
          decided.memberId(),
          member -> member.verification(MemberVerification.parse(decided.decision())));
    } else if (is(type, ChangeRequestApproved.class)) {
      var approved = envelopes.data(envelope, ChangeRequestApproved.class);
      if (approved.reverification()) {
        // member-service sends the member back to verification without an event of its own.
        change(approved.memberId(), member -> member.verification(MemberVerification.PENDING));
      }
    } else if (is(type, AccountStatusChanged.class)) {
      var changed = envelopes.data(envelope, AccountStatusChanged.class);
      change(changed.memberId(), member -> member.accountStatus(changed.after()));
    } else if (is(type, MembersMerged.class)) {
      var merged = envelopes.data(envelope, MembersMerged.class);
      if (merged.memberId().equals(merged.duplicateId())) {
        change(merged.memberId(), member -> member.mergedInto(merged.survivorId()));
      } else {
        change(merged.memberId(), member -> applyNames(member, merged.fieldsTaken()));
      }
    } else if (is(type, PersonalDataErased.class)) {
      var erased = envelopes.data(envelope, PersonalDataErased.class);
      change(erased.memberId(), member -> member.erase(envelope.time()));
    }
  }

  private void change(String memberId, java.util.function.Consumer<KnownMember> change) {
    KnownMember member = mongo.findById(memberId, KnownMember.class);
    if (member == null) {
      member = new KnownMember(memberId);
    }
    change.accept(member);
    member.touched(clock.instant());
    mongo.save(member);
  }

  private static void applyNames(KnownMember member, List<FieldChange> changes) {
    if (changes == null) {
      return;
    }
    for (FieldChange change : changes) {
      String after = change.after() == null ? null : change.after().toString();
      switch (change.field()) {
        case "familyName" -> member.familyName(after);
        case "givenName" -> member.givenName(after);
        default -> {}
      }
    }
  }

  private static void applyVerification(KnownMember member, List<FieldChange> changes) {
    if (changes == null) {
      return;
    }
    changes.stream()
        .filter(change -> "verification.state".equals(change.field()))
        .forEach(change -> member.verification(MemberVerification.parse(change.after())));
  }

  private static boolean is(String type, Class<?> event) {
    return event.getAnnotation(EventType.class).value().equals(type);
  }
}
