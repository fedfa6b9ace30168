package jp.azukari.inquiry.customer;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.ConfirmationLinkIssued;
import jp.azukari.contracts.member.EmailConfirmed;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.MemberImported;
import jp.azukari.contracts.member.MembersMerged;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link KnownMember} up to date from the member-service's events, once per event id:
 * addresses from MemberCreated, MemberImported and EmailConfirmed, names and phone from
 * ProfileChanged, the language from the confirmation links, nothing left after PersonalDataErased,
 * a merged duplicate pointing to its survivor.
 */
@Component
class MemberEvents {

  static final String CONSUMER = "inquiry-members";
  private static final Set<String> HANDLED =
      Set.of(
          "member.MemberCreated",
          "member.MemberImported",
          "member.EmailConfirmed",
          "member.ProfileChanged",
          "member.PersonalDataErased",
          "member.MembersMerged",
          "member.ConfirmationLinkIssued");

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MongoTemplate mongo;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;

  MemberEvents(
      EventEnvelopes envelopes,
      ProcessedEvents processed,
      MongoTemplate mongo,
      Clock clock,
      ApplicationEventPublisher publisher) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.mongo = mongo;
    this.clock = clock;
    this.publisher = publisher;
  }

  @KafkaListener(
      id = CONSUMER,
      topics = {Topics.MEMBER, Topics.MEMBER_LINKS})
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    if (HANDLED.contains(envelope.type())) {
      processed.once(CONSUMER, envelope, () -> apply(envelope));
    }
  }

  private void apply(EventEnvelope envelope) {
    switch (envelope.type()) {
      case "member.MemberCreated" -> {
        var created = envelopes.data(envelope, MemberCreated.class);
        setEmail(created.memberId(), created.email());
      }
      case "member.MemberImported" -> {
        var imported = envelopes.data(envelope, MemberImported.class);
        setEmail(imported.memberId(), imported.email());
      }
      case "member.EmailConfirmed" -> {
        var confirmed = envelopes.data(envelope, EmailConfirmed.class);
        setEmail(confirmed.memberId(), confirmed.email());
      }
      case "member.ProfileChanged" -> {
        var changed = envelopes.data(envelope, ProfileChanged.class);
        setFields(changed.memberId(), changed.changes());
      }
      case "member.ConfirmationLinkIssued" -> {
        var link = envelopes.data(envelope, ConfirmationLinkIssued.class);
        if (link.memberId() != null && link.language() != null) {
          upsert(link.memberId(), new Update().set("language", link.language()));
        }
      }
      case "member.PersonalDataErased" -> {
        var erased = envelopes.data(envelope, PersonalDataErased.class);
        upsert(
            erased.memberId(),
            new Update()
                .unset("familyName")
                .unset("givenName")
                .unset(KnownMember.EMAIL)
                .unset(KnownMember.PHONE)
                .set("erasedAt", clock.instant()));
      }
      case "member.MembersMerged" -> {
        var merged = envelopes.data(envelope, MembersMerged.class);
        if (merged.memberId().equals(merged.duplicateId())) {
          upsert(
              merged.duplicateId(),
              new Update()
                  .unset(KnownMember.EMAIL)
                  .unset(KnownMember.PHONE)
                  .set("mergedInto", merged.survivorId()));
        } else {
          setFields(merged.survivorId(), merged.fieldsTaken());
        }
      }
      default -> {}
    }
  }

  private void setEmail(String memberId, String email) {
    String normalised = Members.normaliseEmail(email);
    if (normalised != null) {
      upsert(memberId, new Update().set(KnownMember.EMAIL, normalised));
      publisher.publishEvent(new MemberContactLearned(memberId));
    }
  }

  private void setFields(String memberId, List<FieldChange> changes) {
    var update = new Update();
    boolean any = false;
    for (FieldChange change : changes == null ? List.<FieldChange>of() : changes) {
      String after = change.after() == null ? null : change.after().toString().strip();
      switch (change.field()) {
        case "familyName", "givenName" -> {
          update.set(change.field(), after == null || after.isEmpty() ? null : after);
          any = true;
        }
        case "phone" -> {
          update.set(KnownMember.PHONE, Members.normalisePhone(after));
          any = true;
        }
        case "email" -> {
          update.set(KnownMember.EMAIL, Members.normaliseEmail(after));
          any = true;
        }
        default -> {}
      }
    }
    if (any) {
      upsert(memberId, update);
      if (update.modifies(KnownMember.EMAIL) || update.modifies(KnownMember.PHONE)) {
        publisher.publishEvent(new MemberContactLearned(memberId));
      }
    }
  }

  private void upsert(String memberId, Update update) {
    mongo.upsert(
        Query.query(Criteria.where("_id").is(memberId)),
        update.set("updatedAt", clock.instant()),
        KnownMember.class);
  }
}
