package jp.azukari.inquiry.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.CustomerMessageReceived;
import jp.azukari.contracts.inquiry.InquiryLinked;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.contracts.inquiry.InquiryReceived;
import jp.azukari.contracts.inquiry.InquiryReplied;
import jp.azukari.contracts.inquiry.PhoneMemoLogged;
import jp.azukari.contracts.item.ItemChanged;
import jp.azukari.contracts.item.ItemCreated;
import jp.azukari.contracts.member.ChangeRequestApproved;
import jp.azukari.contracts.member.EmailConfirmed;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.MemberImported;
import jp.azukari.contracts.member.MembersMerged;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.notification.MailDelivered;
import jp.azukari.contracts.notification.MailDeliveryFailed;
import jp.azukari.contracts.workflow.RequestCreated;
import jp.azukari.contracts.workflow.RequestStatusChanged;
import jp.azukari.inquiry.timeline.TimelineEntry.Kind;
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
 * Builds the timeline and the customer facts from other services' events and the inbox's, once per
 * event id. Entries are stored under the event id, facts by field updates, so a replay changes
 * nothing. Each aggregate's events share a partition, so they arrive in order.
 */
@Component
class TimelineEvents {

  static final String CONSUMER = "inquiry-timeline";

  private final EventEnvelopes envelopes;
  private final ProcessedEvents processed;
  private final MongoTemplate mongo;

  TimelineEvents(EventEnvelopes envelopes, ProcessedEvents processed, MongoTemplate mongo) {
    this.envelopes = envelopes;
    this.processed = processed;
    this.mongo = mongo;
  }

  @KafkaListener(
      id = CONSUMER,
      topics = {
        Topics.INQUIRY,
        Topics.INQUIRY_MAILS,
        Topics.MEMBER,
        Topics.WORKFLOW,
        Topics.ITEM,
        Topics.NOTIFICATION
      })
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    processed.once(CONSUMER, envelope, () -> apply(envelope));
  }

  void apply(EventEnvelope e) {
    Instant at = e.time();
    switch (e.type()) {
      case "inquiry.InquiryReceived" -> {
        var received = envelopes.data(e, InquiryReceived.class);
        upsert(
            KnownInquiry.class,
            received.inquiryId(),
            new Update()
                .set("number", received.number())
                .set("subject", received.subject())
                .set("memberId", received.memberId()));
        save(
            e,
            received.inquiryId(),
            null,
            Kind.INQUIRY,
            title(received.number(), received.subject()),
            received.channel().name(),
            "inquiry",
            received.inquiryId());
      }
      case "inquiry.CustomerMessageReceived" -> {
        var message = envelopes.data(e, CustomerMessageReceived.class);
        inquiryEntry(e, message.inquiryId(), Kind.CUSTOMER_MESSAGE, message.channel().name());
      }
      case "inquiry.InquiryReplied" -> {
        var replied = envelopes.data(e, InquiryReplied.class);
        inquiryEntry(e, replied.inquiryId(), Kind.REPLY, e.actorname());
      }
      case "inquiry.PhoneMemoLogged" -> {
        var memo = envelopes.data(e, PhoneMemoLogged.class);
        inquiryEntry(e, memo.inquiryId(), Kind.PHONE_MEMO, e.actorname());
      }
      case "inquiry.InquiryLinked" -> {
        var linked = envelopes.data(e, InquiryLinked.class);
        upsert(
            KnownInquiry.class,
            linked.inquiryId(),
            new Update().set("memberId", linked.memberId()));
      }
      case "inquiry.InquiryMailRequested" -> {
        var mail = envelopes.data(e, InquiryMailRequested.class);
        var update = new Update();
        if (mail.toAddress() != null && !mail.toAddress().isBlank()) {
          update.addToSet("emails", normalEmail(mail.toAddress()));
        }
        if (mail.kind() == InquiryMailRequested.Kind.REPLY) {
          if (mail.toName() != null) {
            update.set("toName", mail.toName());
          }
          if (mail.language() != null) {
            update.set("language", mail.language());
          }
        }
        if (!update.getUpdateObject().isEmpty()) {
          upsert(KnownInquiry.class, mail.inquiryId(), update);
        }
      }
      case "member.MemberCreated" -> {
        var created = envelopes.data(e, MemberCreated.class);
        setEmail(created.memberId(), created.email());
      }
      case "member.MemberImported" -> {
        var imported = envelopes.data(e, MemberImported.class);
        setEmail(imported.memberId(), imported.email());
      }
      case "member.EmailConfirmed" -> {
        var confirmed = envelopes.data(e, EmailConfirmed.class);
        setEmail(confirmed.memberId(), confirmed.email());
      }
      case "member.ProfileChanged" -> {
        var changed = envelopes.data(e, ProfileChanged.class);
        setFields(changed.memberId(), changed.changes());
      }
      case "member.ChangeRequestApproved" -> {
        var approved = envelopes.data(e, ChangeRequestApproved.class);
        setFields(approved.memberId(), approved.changes());
      }
      case "member.MembersMerged" -> {
        var merged = envelopes.data(e, MembersMerged.class);
        if (merged.memberId().equals(merged.duplicateId())) {
          upsert(
              KnownMember.class,
              merged.duplicateId(),
              new Update().set("mergedInto", merged.survivorId()));
        } else {
          setFields(merged.survivorId(), merged.fieldsTaken());
        }
      }
      case "member.PersonalDataErased" ->
          upsert(
              KnownMember.class,
              envelopes.data(e, PersonalDataErased.class).memberId(),
              new Update()
                  .unset(KnownMember.EMAIL)
                  .unset(KnownMember.FAMILY_NAME)
                  .unset(KnownMember.GIVEN_NAME)
                  .unset(KnownMember.PHONE)
                  .set("erasedAt", at));
      case "workflow.RequestCreated" -> {
        var created = envelopes.data(e, RequestCreated.class);
        upsert(
            KnownRequest.class,
            created.requestId(),
            new Update()
                .set("memberId", created.memberId())
                .set("number", created.number())
                .set("type", created.type())
                .set("status", created.status())
                .set("createdAt", at)
                .set("updatedAt", at));
        save(
            e,
            null,
            created.memberId(),
            Kind.REQUEST,
            created.number(),
            created.type(),
            "request",
            created.requestId());
      }
      case "workflow.RequestStatusChanged" -> {
        var changed = envelopes.data(e, RequestStatusChanged.class);
        var label = changed.memberMail() == null ? null : changed.memberMail().statusLabel();
        upsert(
            KnownRequest.class,
            changed.requestId(),
            new Update()
                .set("memberId", changed.memberId())
                .set("number", changed.number())
                .set("type", changed.type())
                .set("status", changed.to())
                .set("statusLabel", label)
                .set("updatedAt", at)
                .setOnInsert("createdAt", at));
        String shown = label != null && label.get("ja") != null ? label.get("ja") : changed.to();
        save(
            e,
            null,
            changed.memberId(),
            Kind.REQUEST_STATUS,
            changed.number(),
            shown,
            "request",
            changed.requestId());
      }
      case "item.ItemCreated" -> {
        var created = envelopes.data(e, ItemCreated.class);
        var update =
            new Update().set("requestId", created.requestId()).set("memberId", created.memberId());
        name(created.changes(), update);
        upsert(KnownItem.class, created.itemId(), update);
      }
      case "item.ItemChanged" -> {
        var changed = envelopes.data(e, ItemChanged.class);
        var update = new Update();
        if (changed.requestId() != null) {
          update.set("requestId", changed.requestId());
        }
        name(changed.changes(), update);
        if (!update.getUpdateObject().isEmpty()) {
          upsert(KnownItem.class, changed.itemId(), update);
        }
      }
      case "notification.MailDelivered" -> {
        var mail = envelopes.data(e, MailDelivered.class);
        mailEntry(
            e,
            Kind.MAIL_SENT,
            mail.kind(),
            mail.memberId(),
            mail.relatedType(),
            mail.relatedId(),
            null);
      }
      case "notification.MailDeliveryFailed" -> {
        var mail = envelopes.data(e, MailDeliveryFailed.class);
        mailEntry(
            e,
            Kind.MAIL_FAILED,
            mail.kind(),
            mail.memberId(),
            mail.relatedType(),
            mail.relatedId(),
            mail.reason());
      }
      default -> {}
    }
  }

  private void inquiryEntry(EventEnvelope e, String inquiryId, Kind kind, String detail) {
    KnownInquiry inquiry = mongo.findById(inquiryId, KnownInquiry.class);
    String title = inquiry == null ? null : title(inquiry.number(), inquiry.subject());
    save(e, inquiryId, null, kind, title, detail, "inquiry", inquiryId);
  }

  private void mailEntry(
      EventEnvelope e,
      Kind kind,
      String mailKind,
      String memberId,
      String relatedType,
      String relatedId,
      String reason) {
    boolean aboutInquiry = "inquiry".equals(relatedType);
    save(
        e,
        aboutInquiry ? relatedId : null,
        aboutInquiry ? null : memberId,
        kind,
        mailKind,
        reason,
        relatedType,
        relatedId);
  }

  private void save(
      EventEnvelope e,
      String inquiryId,
      String memberId,
      Kind kind,
      String title,
      String detail,
      String linkType,
      String linkId) {
    if (inquiryId == null && memberId == null) {
      return;
    }
    mongo.save(
        new TimelineEntry(
            e.id(), inquiryId, memberId, e.time(), kind, title, detail, linkType, linkId));
  }

  private static String title(String number, String subject) {
    if (number == null) {
      return subject;
    }
    return subject == null ? number : number + " " + subject;
  }

  private static void name(List<FieldChange> changes, Update update) {
    for (FieldChange change : changes == null ? List.<FieldChange>of() : changes) {
      if ("name".equals(change.field())) {
        update.set("name", change.after() == null ? null : change.after().toString());
      }
    }
  }

  private void setEmail(String memberId, String email) {
    if (email != null && !email.isBlank()) {
      upsert(KnownMember.class, memberId, new Update().set(KnownMember.EMAIL, normalEmail(email)));
    }
  }

  private void setFields(String memberId, List<FieldChange> changes) {
    var update = new Update();
    for (FieldChange change : changes == null ? List.<FieldChange>of() : changes) {
      String after = change.after() == null ? null : change.after().toString();
      switch (change.field()) {
        case KnownMember.FAMILY_NAME, KnownMember.GIVEN_NAME -> update.set(change.field(), after);
        case KnownMember.PHONE ->
            update.set(KnownMember.PHONE, CustomerDirectory.phoneDigits(after));
        case KnownMember.EMAIL -> {
          if (after != null) {
            update.set(KnownMember.EMAIL, normalEmail(after));
          }
        }
        default -> {}
      }
    }
    if (!update.getUpdateObject().isEmpty()) {
      upsert(KnownMember.class, memberId, update);
    }
  }

  static String normalEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private void upsert(Class<?> type, String id, Update update) {
    mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, type);
  }
}
