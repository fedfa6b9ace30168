package jp.azukari.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.ConfirmationLinkIssued;
import jp.azukari.contracts.member.ConfirmationLinkIssued.Purpose;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.MembersMerged;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.notification.MailDelivered;
import jp.azukari.contracts.notification.MailDeliveryFailed;
import jp.azukari.contracts.workflow.MemberMail;
import jp.azukari.contracts.workflow.RequestMemberMailRetried;
import jp.azukari.contracts.workflow.RequestStatusChanged;
import jp.azukari.notification.recipient.MailRecipients;
import jp.azukari.testsupport.EventsProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request entering a status that mails the member becomes one mail to the member's address, known
 * from the member-service's events; the outcome of every such mail is announced for the
 * workflow-service to show.
 */
class RequestStatusMailTest extends MailServiceTest {

  static final MemberMail KIT_SENT_MAIL =
      new MemberMail("request-status", Map.of("ja", "キットを発送しました", "en", "Kit sent"));

  @Autowired MailRecipients recipients;

  EventsProbe outcomes;

  @BeforeEach
  void listenToOutcomes() {
    outcomes = new EventsProbe(String.join(",", kafka.getBootstrapServers()), Topics.NOTIFICATION);
  }

  @AfterEach
  void closeProbe() {
    outcomes.close();
  }

  /** A member the notification-service has heard of, with an address; returns the member's id. */
  String member(String email) {
    String memberId = "member-" + UUID.randomUUID();
    publish(Topics.MEMBER, new MemberCreated(memberId, email, "ACTIVE", "WEB", true));
    awaitAddress(memberId, email);
    return memberId;
  }

  void awaitAddress(String memberId, String email) {
    await()
        .atMost(WAIT)
        .until(
            () ->
                recipients
                    .find(memberId)
                    .map(recipient -> recipient.email().equals(email))
                    .orElse(false));
  }

  static RequestStatusChanged kitSent(String requestId, String memberId, MemberMail mail) {
    return new RequestStatusChanged(
        requestId,
        "R-000123",
        memberId,
        "KIT",
        "KIT_REQUEST_CONFIRMED",
        "KIT_SENT",
        null,
        false,
        mail);
  }

  String statusChanged(String requestId, String memberId) {
    return publish(Topics.WORKFLOW, kitSent(requestId, memberId, KIT_SENT_MAIL));
  }

  <T> T outcome(String deliveryId, String type, Class<T> data) {
    var record =
        outcomes
            .awaitRecords(
                r -> r.key().equals(deliveryId) && r.value().contains("\"" + type + "\""), 1, WAIT)
            .getFirst();
    EventEnvelope envelope = envelopes.fromJson(record.value());
    return envelopes.data(envelope, data);
  }

  @Test
  void aStatusMailArrivesOnceEvenWhenTheEventIsDeliveredTwice() throws Exception {
    String email = uniqueEmail();
    String memberId = member(email);
    String requestId = "request-" + UUID.randomUUID();
    var envelope = envelopes.wrap(kitSent(requestId, memberId, KIT_SENT_MAIL));
    String json = envelopes.toJson(envelope);

    send(Topics.WORKFLOW, requestId, json);
    send(Topics.WORKFLOW, requestId, json);

    var mail = awaitOneMailTo(email);
    assertThat(mailsAfterAWhile(email)).hasSize(1);
    assertThat(mail.getHeader("X-Azukari-Delivery")[0]).isEqualTo(envelope.id());
    assertThat(mail.getSubject()).isEqualTo("【Azukari】お申し込み R-000123 の状況：キットを発送しました");
    assertThat(text(mail))
        .contains("お客様")
        .contains("お申し込み R-000123 の状況が「キットを発送しました」になりました。")
        .contains("http://localhost:8080/requests/" + requestId);
    assertThat(html(mail)).contains("href=\"http://localhost:8080/requests/" + requestId + "\"");

    var delivered = outcome(envelope.id(), "notification.MailDelivered", MailDelivered.class);
    assertThat(delivered)
        .isEqualTo(
            new MailDelivered(envelope.id(), "request-status", memberId, "request", requestId));
    assertThat(delivery(envelope.id()).state()).isEqualTo(MailDelivery.State.SENT);
  }

  @Test
  void aStatusThatDoesNotMailSendsNothing() throws Exception {
    String email = uniqueEmail();
    String memberId = member(email);
    String requestId = "request-" + UUID.randomUUID();

    String silent = publish(Topics.WORKFLOW, kitSent(requestId, memberId, null));
    String mailing = statusChanged(requestId, memberId);

    awaitOneMailTo(email);
    assertThat(mailsAfterAWhile(email)).hasSize(1);
    assertThat(delivery(silent)).isNull();
    assertThat(delivery(mailing)).isNotNull();
  }

  @Test
  void theMailIsInTheMembersLanguageAndGreetsThemByName() throws Exception {
    String email = uniqueEmail();
    publish(
        Topics.MEMBER_LINKS,
        new ConfirmationLinkIssued(
            UUID.randomUUID().toString(),
            email,
            Purpose.SIGN_UP,
            "http://localhost:8080/signup/confirm#token=abc",
            null,
            "en",
            null,
            null));
    awaitOneMailTo(email);
    String memberId = member(email);
    publish(
        Topics.MEMBER,
        new ProfileChanged(
            memberId,
            List.of(
                new FieldChange("familyName", null, "<Yamada>"),
                new FieldChange("givenName", null, "Hanako"),
                new FieldChange("phone", null, "090-1234-5678"))));
    await()
        .atMost(WAIT)
        .until(
            () ->
                "en".equals(recipients.find(memberId).orElseThrow().language())
                    && recipients.find(memberId).orElseThrow().name() != null);

    String requestId = "request-" + UUID.randomUUID();
    statusChanged(requestId, memberId);

    await().atMost(WAIT).until(() -> mailsTo(email).size() == 2);
    var mail =
        mailsTo(email).stream()
            .filter(m -> header(m, "X-Azukari-Delivery") != null)
            .filter(m -> subject(m).startsWith("[Azukari] Your request"))
            .findFirst()
            .orElseThrow();
    assertThat(mail.getSubject()).isEqualTo("[Azukari] Your request R-000123: Kit sent");
    assertThat(text(mail)).contains("Dear <Yamada> Hanako,").contains("is now: Kit sent");
    assertThat(html(mail)).contains("Dear &lt;Yamada&gt; Hanako,");
  }

  @Test
  void staffRetryingTheMailSendsItAgain() throws Exception {
    String email = uniqueEmail();
    String memberId = member(email);
    String requestId = "request-" + UUID.randomUUID();
    statusChanged(requestId, memberId);
    awaitOneMailTo(email);

    String retry =
        publish(
            Topics.WORKFLOW,
            new RequestMemberMailRetried(
                requestId, "R-000123", memberId, "KIT_SENT", KIT_SENT_MAIL));

    await().atMost(WAIT).until(() -> mailsTo(email).size() == 2);
    assertThat(mailsAfterAWhile(email)).hasSize(2);
    assertThat(outcome(retry, "notification.MailDelivered", MailDelivered.class).relatedId())
        .isEqualTo(requestId);
  }

  @Test
  void aMailTheSmtpServerNeverTakesFailsAndTheFailureIsPublished() throws Exception {
    String email = uniqueEmail();
    String memberId = member(email);
    String requestId = "request-" + UUID.randomUUID();
    smtp.stop();

    String eventId = statusChanged(requestId, memberId);

    var failed = outcome(eventId, "notification.MailDeliveryFailed", MailDeliveryFailed.class);
    assertThat(failed.deliveryId()).isEqualTo(eventId);
    assertThat(failed.kind()).isEqualTo("request-status");
    assertThat(failed.memberId()).isEqualTo(memberId);
    assertThat(failed.relatedType()).isEqualTo("request");
    assertThat(failed.relatedId()).isEqualTo(requestId);
    assertThat(failed.reason()).startsWith("Gave up after 5 attempts");
    var delivery = delivery(eventId);
    assertThat(delivery.state()).isEqualTo(MailDelivery.State.FAILED);
    assertThat(delivery.attempts()).isEqualTo(5);

    smtp = startSmtp();
    assertThat(mailsAfterAWhile(email)).as("a failed mail is not sent later").isEmpty();
  }

  @Test
  void aMemberWithNoKnownAddressGetsAFailedDeliveryThatStaffSee() throws Exception {
    String requestId = "request-" + UUID.randomUUID();

    String eventId = statusChanged(requestId, "member-nobody-knows-" + UUID.randomUUID());

    var failed = outcome(eventId, "notification.MailDeliveryFailed", MailDeliveryFailed.class);
    assertThat(failed.reason()).isEqualTo("no address");
    assertThat(failed.relatedId()).isEqualTo(requestId);
    assertThat(delivery(eventId).state()).isEqualTo(MailDelivery.State.FAILED);
    assertThat(delivery(eventId).lastError()).isEqualTo("no address");
  }

  @Test
  void anErasedMemberGetsNoMoreMails() throws Exception {
    String email = uniqueEmail();
    String memberId = member(email);
    publish(
        Topics.MEMBER,
        new PersonalDataErased(memberId, List.of("email", "familyName"), "asked", 0, 0, 0, 0));
    await().atMost(WAIT).until(() -> recipients.find(memberId).isEmpty());

    String eventId = statusChanged("request-" + UUID.randomUUID(), memberId);

    assertThat(
            outcome(eventId, "notification.MailDeliveryFailed", MailDeliveryFailed.class).reason())
        .isEqualTo("no address");
    assertThat(mailsAfterAWhile(email)).isEmpty();
  }

  @Test
  void mailsAboutAMergedDuplicateGoToTheSurvivorsAddressOnly() throws Exception {
    String duplicateEmail = uniqueEmail();
    String survivorEmail = uniqueEmail();
    String duplicate = member(duplicateEmail);
    String survivor = member(survivorEmail);
    for (String whose : List.of(survivor, duplicate)) {
      publish(
          Topics.MEMBER,
          new MembersMerged(whose, survivor, duplicate, List.of(), List.of(), List.of()));
    }
    awaitAddress(duplicate, survivorEmail);

    statusChanged("request-" + UUID.randomUUID(), duplicate);

    awaitOneMailTo(survivorEmail);
    assertThat(mailsAfterAWhile(duplicateEmail)).isEmpty();
  }

  private static String header(jakarta.mail.internet.MimeMessage message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null ? null : values[0];
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
