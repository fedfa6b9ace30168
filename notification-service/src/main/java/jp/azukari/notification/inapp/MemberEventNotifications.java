package jp.azukari.notification.inapp;

import java.time.Clock;
import java.util.Map;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.InquiryReplied;
import jp.azukari.contracts.member.ChangeRequestApproved;
import jp.azukari.contracts.member.ChangeRequestRejected;
import jp.azukari.contracts.member.VerificationDecided;
import jp.azukari.contracts.workflow.RequestStatusChanged;
import jp.azukari.platform.events.EventEnvelopes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Puts what other services' events tell a member into the member's notification list: a request
 * entering a status that mails the member, a verification decision, a change request decision and a
 * staff reply to the member's inquiry. One notification per event, under the event's id, however
 * often the event is delivered. Titles in both languages; the member web shows the member's.
 */
@Component
class MemberEventNotifications {

  private final EventEnvelopes envelopes;
  private final Notifications notifications;
  private final Clock clock;

  MemberEventNotifications(EventEnvelopes envelopes, Notifications notifications, Clock clock) {
    this.envelopes = envelopes;
    this.notifications = notifications;
    this.clock = clock;
  }

  @KafkaListener(
      id = "in-app-notifications",
      topics = {Topics.MEMBER, Topics.WORKFLOW, Topics.INQUIRY})
  void on(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = envelopes.fromJson(record.value());
    Notification notification = notification(envelope);
    if (notification != null) {
      notifications.add(notification);
    }
  }

  Notification notification(EventEnvelope envelope) {
    return switch (envelope.type()) {
      case "workflow.RequestStatusChanged" -> {
        var changed = envelopes.data(envelope, RequestStatusChanged.class);
        if (changed.memberMail() == null || changed.memberId() == null) {
          yield null;
        }
        Map<String, String> labels =
            changed.memberMail().statusLabel() == null
                ? Map.of()
                : changed.memberMail().statusLabel();
        String ja = labels.getOrDefault("ja", changed.to());
        String en = labels.getOrDefault("en", ja);
        yield of(
            envelope,
            changed.memberId(),
            "request-status",
            Map.of(
                "ja", "お申し込み " + changed.number() + "：" + ja,
                "en", "Request " + changed.number() + ": " + en),
            null,
            "/requests/" + changed.requestId());
      }
      case "member.VerificationDecided" -> {
        var decided = envelopes.data(envelope, VerificationDecided.class);
        boolean verified = "VERIFIED".equals(decided.decision());
        yield of(
            envelope,
            decided.memberId(),
            "verification-result",
            verified
                ? Map.of("ja", "本人確認が完了しました", "en", "Your identity has been verified")
                : Map.of("ja", "本人確認ができませんでした", "en", "We could not verify your identity"),
            verified ? null : paragraph(decided.reason()),
            "/documents");
      }
      case "member.ChangeRequestApproved" -> {
        var approved = envelopes.data(envelope, ChangeRequestApproved.class);
        yield of(
            envelope,
            approved.memberId(),
            "change-request-decision",
            Map.of("ja", "変更申請が承認されました", "en", "Your change request was approved"),
            null,
            "/profile");
      }
      case "member.ChangeRequestRejected" -> {
        var rejected = envelopes.data(envelope, ChangeRequestRejected.class);
        yield of(
            envelope,
            rejected.memberId(),
            "change-request-decision",
            Map.of("ja", "変更申請が承認されませんでした", "en", "Your change request was not approved"),
            paragraph(rejected.reason()),
            "/profile");
      }
      case "inquiry.InquiryReplied" -> {
        var replied = envelopes.data(envelope, InquiryReplied.class);
        if (replied.memberId() == null) {
          yield null;
        }
        yield of(
            envelope,
            replied.memberId(),
            "inquiry-reply",
            Map.of("ja", "お問い合わせに返信がありました", "en", "We replied to your inquiry"),
            null,
            "/inquiries/" + replied.inquiryId());
      }
      default -> null;
    };
  }

  private Notification of(
      EventEnvelope envelope,
      String memberId,
      String kind,
      Map<String, String> title,
      String body,
      String link) {
    return new Notification(
        envelope.id(),
        memberId,
        kind,
        title,
        body,
        link,
        null,
        envelope.time() == null ? clock.instant() : envelope.time());
  }

  /** Plain text from another service, escaped into one paragraph of HTML. */
  private static String paragraph(String text) {
    return text == null || text.isBlank() ? null : "<p>" + HtmlUtils.htmlEscape(text) + "</p>";
  }
}
