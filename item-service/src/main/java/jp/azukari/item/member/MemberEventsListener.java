package jp.azukari.item.member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.ChangeRequestApproved;
import jp.azukari.contracts.member.IdentityDocumentDeleted;
import jp.azukari.contracts.member.IdentityDocumentUploaded;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.MembersMerged;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.member.VerificationDecided;
import jp.azukari.contracts.member.VerificationSubmitted;
import jp.azukari.item.member.MemberRecord.DocumentOnFile;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.platform.events.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the item-service's own copy of members ({@link MemberRecord}) from {@code member.events}:
 * the name staff see beside items and what the transaction ledger records of the counterparty
 * (name, address, occupation, birth date, how the identity was verified). Each event is applied
 * once, however often it is delivered; one member's events arrive in order (keyed by member id).
 */
@Component
class MemberEventsListener {

  static final String CONSUMER = "item-member-records";

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MemberRecords members;
  private final Map<String, BiConsumer<EventEnvelope, Instant>> handlers;

  MemberEventsListener(EventEnvelopes envelopes, ProcessedEvents processed, MemberRecords members) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.members = members;
    this.handlers =
        Map.of(
            type(MemberCreated.class), this::created,
            type(ProfileChanged.class), this::profileChanged,
            type(ChangeRequestApproved.class), this::changeApproved,
            type(IdentityDocumentUploaded.class), this::documentUploaded,
            type(IdentityDocumentDeleted.class), this::documentDeleted,
            type(VerificationSubmitted.class), this::verificationSubmitted,
            type(VerificationDecided.class), this::verificationDecided,
            type(PersonalDataErased.class), this::erased,
            type(MembersMerged.class), this::merged);
  }

  @KafkaListener(id = CONSUMER, topics = Topics.MEMBER)
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    var handler = handlers.get(envelope.type());
    if (handler != null) {
      Instant at = envelope.time() != null ? envelope.time() : Instant.now();
      processed.once(CONSUMER, envelope, () -> handler.accept(envelope, at));
    }
  }

  private void created(EventEnvelope envelope, Instant at) {
    var event = envelopes.data(envelope, MemberCreated.class);
    if (!members.existsById(event.memberId())) {
      members.save(MemberRecord.known(event.memberId(), at));
    }
  }

  private void profileChanged(EventEnvelope envelope, Instant at) {
    var event = envelopes.data(envelope, ProfileChanged.class);
    members.save(withChanges(member(event.memberId(), at), event.changes(), at));
  }

  /** The approved fields arrive as {@link ProfileChanged}; only a new verification is news here. */
  private void changeApproved(EventEnvelope envelope, Instant at) {
    var event = envelopes.data(envelope, ChangeRequestApproved.class);
    if (event.reverification()) {
      members.save(member(event.memberId(), at).withVerification("PENDING", null, at));
    }
  }

  private void documentUploaded(EventEnvelope envelope, Instant at) {
    var event = envelopes.data(envelope, IdentityDocumentUploaded.class);
    MemberRecord member = member(event.memberId(), at);
    if (member.documents().stream().anyMatch(d -> d.id().equals(event.documentId()))) {
      return;
    }
    var documents = new ArrayList<>(member.documents());
    documents.add(new DocumentOnFile(event.documentId(), event.kind()));
    members.save(member.withDocuments(documents, at));
  }

  private void documentDeleted(EventEnvelope envelope, Instant at) {
    var event = envelopes.data(envelope, IdentityDocumentDeleted.class);
    MemberRecord member = member(event.memberId(), at);
    var documents =
        member.documents().stream().filter(d -> !d.id().equals(event.documentId())).toList();
    members.save(member.withDocuments(documents, at));
  }

  private void verificationSubmitted(EventEnvelope envelope, Instant at) {
    var event = envelopes.data(envelope, VerificationSubmitted.class);
    String state = after(event.changes(), "verification.state");
    if (state != null) {
      MemberRecord member = member(event.memberId(), at);
      members.save(member.withVerification(state, member.verification().decidedAt(), at));
    }
  }

  private void verificationDecided(EventEnvelope envelope, Instant at) {
    var event = envelopes.data(envelope, VerificationDecided.class);
    members.save(member(event.memberId(), at).withVerification(event.decision(), at, at));
  }

  private void erased(EventEnvelope envelope, Instant at) {
    var event = envelopes.data(envelope, PersonalDataErased.class);
    members.save(member(event.memberId(), at).erased(at));
  }

  /**
   * On the survivor's side: the fields it took from the duplicate and the documents that moved to
   * it. On the duplicate's side: where it went.
   */
  private void merged(EventEnvelope envelope, Instant at) {
    var event = envelopes.data(envelope, MembersMerged.class);
    if (event.memberId().equals(event.duplicateId())) {
      members.save(member(event.duplicateId(), at).mergedInto(event.survivorId(), at));
      return;
    }
    MemberRecord survivor = withChanges(member(event.survivorId(), at), event.fieldsTaken(), at);
    List<String> moved = event.documentIds() == null ? List.of() : event.documentIds();
    var documents = new ArrayList<>(survivor.documents());
    members
        .findById(event.duplicateId())
        .ifPresent(
            duplicate ->
                duplicate.documents().stream()
                    .filter(d -> moved.contains(d.id()))
                    .filter(d -> documents.stream().noneMatch(s -> s.id().equals(d.id())))
                    .forEach(documents::add));
    members.save(survivor.withDocuments(documents, at));
  }

  private MemberRecord member(String id, Instant at) {
    // Events of a member created before this service listened still find a record.
    return members.findById(id).orElseGet(() -> MemberRecord.known(id, at));
  }

  private static MemberRecord withChanges(
      MemberRecord member, List<FieldChange> changes, Instant at) {
    MemberRecord changed = member;
    for (FieldChange change : changes == null ? List.<FieldChange>of() : changes) {
      changed = changed.withProfileField(change.field(), change.after(), at);
    }
    return changed;
  }

  private static String after(List<FieldChange> changes, String field) {
    if (changes == null) {
      return null;
    }
    return changes.stream()
        .filter(change -> field.equals(change.field()) && change.after() != null)
        .map(change -> change.after().toString())
        .findFirst()
        .orElse(null);
  }

  private static String type(Class<?> event) {
    return event.getAnnotation(EventType.class).value();
  }
}
