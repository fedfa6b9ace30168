package jp.azukari.notification.recipient;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.AccountStatusChanged;
import jp.azukari.contracts.member.ConfirmationLinkIssued;
import jp.azukari.contracts.member.EmailConfirmed;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.MemberImported;
import jp.azukari.contracts.member.MembersMerged;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.member.VerificationDecided;
import jp.azukari.contracts.member.VerificationSubmitted;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link MailRecipient}s up to date from the member-service's events, once per event id:
 * addresses from {@code MemberCreated}, {@code MemberImported} and {@code EmailConfirmed}, names
 * from {@code ProfileChanged}, nothing left after {@code PersonalDataErased}, and a merged
 * duplicate pointing to its survivor after {@code MembersMerged}. The language an address asked for
 * comes with its confirmation links ({@link Topics#MEMBER_LINKS}). The attributes segments select
 * by ({@link MemberAttributes}) come from {@code MemberCreated}, {@code AccountStatusChanged}, the
 * prefecture in {@code ProfileChanged} and the verification events.
 */
@Component
class MemberAddressEvents {

  static final String CONSUMER = "mail-recipients";
  private static final Logger log = LoggerFactory.getLogger(MemberAddressEvents.class);
  private static final Set<String> HANDLED =
      Set.of(
          "member.MemberCreated",
          "member.MemberImported",
          "member.EmailConfirmed",
          "member.ProfileChanged",
          "member.PersonalDataErased",
          "member.MembersMerged",
          "member.ConfirmationLinkIssued",
          "member.AccountStatusChanged",
          "member.VerificationSubmitted",
          "member.VerificationDecided");

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MongoTemplate mongo;
  private final Clock clock;

  MemberAddressEvents(
      EventEnvelopes envelopes, ProcessedEvents processed, MongoTemplate mongo, Clock clock) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.mongo = mongo;
    this.clock = clock;
  }

  @KafkaListener(
      id = CONSUMER,
      topics = {Topics.MEMBER, Topics.MEMBER_LINKS})
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    if (!HANDLED.contains(envelope.type())) {
      return;
    }
    processed.once(CONSUMER, envelope, () -> apply(envelope));
  }

  private void apply(EventEnvelope envelope) {
    switch (envelope.type()) {
      case "member.MemberCreated" -> {
        var created = envelopes.data(envelope, MemberCreated.class);
        // One update, so that the first event of the member also inserts the verification state.
        var update =
            new Update()
                .set(MailRecipient.ACCOUNT_STATUS, created.status())
                .setOnInsert(MailRecipient.VERIFICATION, MemberAttributes.NOT_SUBMITTED);
        if (created.email() != null && !created.email().isBlank()) {
          update.set(MailRecipient.EMAIL, created.email().strip());
        }
        upsert(created.memberId(), update);
      }
      case "member.MemberImported" -> {
        var imported = envelopes.data(envelope, MemberImported.class);
        var update =
            new Update().setOnInsert(MailRecipient.VERIFICATION, MemberAttributes.NOT_SUBMITTED);
        if (imported.email() != null && !imported.email().isBlank()) {
          update.set(MailRecipient.EMAIL, imported.email().strip());
        }
        upsert(imported.memberId(), update);
      }
      case "member.EmailConfirmed" -> {
        var confirmed = envelopes.data(envelope, EmailConfirmed.class);
        setEmail(confirmed.memberId(), confirmed.email());
      }
      case "member.ProfileChanged" -> {
        var changed = envelopes.data(envelope, ProfileChanged.class);
        setNames(changed.memberId(), changed.changes());
        setFromChange(
            changed.memberId(), changed.changes(), "address.prefecture", MailRecipient.PREFECTURE);
      }
      case "member.AccountStatusChanged" -> {
        var changed = envelopes.data(envelope, AccountStatusChanged.class);
        upsert(changed.memberId(), new Update().set(MailRecipient.ACCOUNT_STATUS, changed.after()));
      }
      case "member.VerificationSubmitted" -> {
        var submitted = envelopes.data(envelope, VerificationSubmitted.class);
        setFromChange(
            submitted.memberId(),
            submitted.changes(),
            "verification.state",
            MailRecipient.VERIFICATION);
      }
      case "member.VerificationDecided" -> {
        var decided = envelopes.data(envelope, VerificationDecided.class);
        upsert(
            decided.memberId(), new Update().set(MailRecipient.VERIFICATION, decided.decision()));
      }
      case "member.PersonalDataErased" ->
          erase(envelopes.data(envelope, PersonalDataErased.class).memberId());
      case "member.MembersMerged" -> merged(envelopes.data(envelope, MembersMerged.class));
      case "member.ConfirmationLinkIssued" -> {
        var link = envelopes.data(envelope, ConfirmationLinkIssued.class);
        if (link.email() != null && link.language() != null) {
          mongo.save(new MailLanguage(link.email(), link.language(), clock.instant()));
        }
      }
      default -> {}
    }
  }

  private void setEmail(String memberId, String email) {
    if (email == null || email.isBlank()) {
      return;
    }
    upsert(memberId, new Update().set(MailRecipient.EMAIL, email.strip()));
  }

  /** Copies one field's new value from a list of changes, when the list has it. */
  private void setFromChange(
      String memberId, List<FieldChange> changes, String field, String attribute) {
    for (FieldChange change : changes == null ? List.<FieldChange>of() : changes) {
      if (change.field().equals(field)) {
        upsert(
            memberId,
            new Update().set(attribute, change.after() == null ? null : change.after().toString()));
      }
    }
  }

  private void setNames(String memberId, List<FieldChange> changes) {
    var update = new Update();
    boolean any = false;
    for (FieldChange change : changes == null ? List.<FieldChange>of() : changes) {
      if (change.field().equals(MailRecipient.FAMILY_NAME)
          || change.field().equals(MailRecipient.GIVEN_NAME)) {
        update.set(change.field(), change.after() == null ? null : change.after().toString());
        any = true;
      }
    }
    if (any) {
      upsert(memberId, update);
    }
  }

  /** The address and name go, and with them the language remembered for the address. */
  private void erase(String memberId) {
    MailRecipient before = mongo.findById(memberId, MailRecipient.class);
    if (before != null && before.email() != null) {
      mongo.remove(
          Query.query(Criteria.where("_id").is(MailLanguage.key(before.email()))),
          MailLanguage.class);
    }
    upsert(
        memberId,
        new Update()
            .unset(MailRecipient.EMAIL)
            .unset(MailRecipient.FAMILY_NAME)
            .unset(MailRecipient.GIVEN_NAME)
            .set(MailRecipient.ERASED_AT, clock.instant()));
    log.info("Member {} erased: no more mails to them", memberId);
  }

  /**
   * Announced on both records. The duplicate no longer gets mails at its own address: mails about
   * it go to the survivor. The survivor takes the names (and address) it was missing.
   */
  private void merged(MembersMerged merged) {
    if (merged.memberId().equals(merged.duplicateId())) {
      upsert(
          merged.duplicateId(),
          new Update()
              .unset(MailRecipient.EMAIL)
              .set(MailRecipient.MERGED_INTO, merged.survivorId()));
      return;
    }
    List<FieldChange> taken = merged.fieldsTaken() == null ? List.of() : merged.fieldsTaken();
    setNames(merged.survivorId(), taken);
    taken.stream()
        .filter(change -> change.field().equals(MailRecipient.EMAIL) && change.after() != null)
        .findFirst()
        .ifPresent(change -> setEmail(merged.survivorId(), change.after().toString()));
  }

  private void upsert(String memberId, Update update) {
    mongo.upsert(
        Query.query(Criteria.where("_id").is(memberId)),
        update.set(MailRecipient.UPDATED_AT, clock.instant()),
        MailRecipient.class);
  }
}
