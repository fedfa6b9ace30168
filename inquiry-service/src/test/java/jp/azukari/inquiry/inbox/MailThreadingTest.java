package jp.azukari.inquiry.inbox;

import static jp.azukari.inquiry.inbox.InboxApi.await;
import static jp.azukari.inquiry.inbox.InboxApi.ok;
import static jp.azukari.inquiry.inbox.InboxApi.staffA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.notification.MailDelivered;
import jp.azukari.inquiry.inbox.InboxApi.Someone;
import jp.azukari.inquiry.mail.InboundMail;
import jp.azukari.inquiry.mail.InboundMailHandler;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.TestClock;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * Customer mails thread into their conversation by the Message-IDs it knows (customer mails' and
 * the shop's replies'), then by the sender's address among open inquiries of the last 30 days; the
 * same mail handed over twice is taken in once.
 */
@InboxTest
class MailThreadingTest {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired InboundMailHandler mailbox;
  @Autowired RecordingAcknowledgements acknowledgements;
  @Autowired TestClock clock;
  @Autowired MongoTemplate mongo;

  InboxApi api;
  EventsProbe mails;

  @BeforeEach
  void setUp() {
    api = new InboxApi(TestHttp.on(port));
    mails = new EventsProbe(kafka.getBrokersAsString(), Topics.INQUIRY_MAILS);
  }

  @AfterEach
  void tearDown() {
    mails.close();
  }

  static String messageId() {
    return "<" + UUID.randomUUID() + "@customer.example>";
  }

  static String address() {
    return "customer-" + UUID.randomUUID() + "@customer.example";
  }

  static InboundMail mail(
      String messageId, String inReplyTo, List<String> references, String from, String subject) {
    return new InboundMail(
        messageId,
        inReplyTo,
        references,
        from,
        "山本 太郎",
        subject,
        "本文です。",
        "<p>本文です。</p>",
        List.of(),
        Instant.now());
  }

  @Test
  void aFirstMailOpensAnInquiryAndIsAcknowledgedToItsSender() {
    String from = address();
    String id = mailbox.receive(mail(messageId(), null, List.of(), from, "【至急】査定額について"));

    JsonNode inquiry = api.peek(id);
    assertThat(inquiry.get("channel").asString()).isEqualTo("MAIL");
    assertThat(inquiry.get("subject").asString()).isEqualTo("【至急】査定額について");
    assertThat(inquiry.get("customer").get("email").asString()).isEqualTo(from);
    assertThat(inquiry.get("messages").get(0).get("html").asString()).isEqualTo("<p>本文です。</p>");
    var arrivals = acknowledgements.of(id);
    assertThat(arrivals).hasSize(1);
    assertThat(arrivals.getFirst().address()).isEqualTo(from);
    assertThat(arrivals.getFirst().channel()).isEqualTo(Channel.MAIL);
  }

  @Test
  void refusedAttachmentsAreListedForStaffOnTheirMessageButNotForTheMember() {
    Someone hanako = Someone.newMember();
    String from = address();
    try (var feed = new MemberFeed(kafka.getBrokersAsString(), mongo)) {
      feed.known(hanako.id(), from, null);
    }
    String firstMail = messageId();
    String id =
        mailbox.receive(
            refusing(
                mail(firstMail, null, List.of(), from, "写真を送ります"),
                new InboundMail.RefusedAttachment(
                    "setup.exe", "application/x-msdownload", "type-not-allowed")));
    mailbox.receive(
        refusing(
            mail(messageId(), firstMail, List.of(firstMail), from, "Re: 写真を送ります"),
            new InboundMail.RefusedAttachment("動画.mov", "video/quicktime", "too-large")));

    JsonNode messages = api.peek(id).get("messages");
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).get("refusedAttachments").toString())
        .isEqualTo("[{\"fileName\":\"setup.exe\",\"reason\":\"type-not-allowed\"}]");
    assertThat(messages.get(1).get("refusedAttachments").toString())
        .isEqualTo("[{\"fileName\":\"動画.mov\",\"reason\":\"too-large\"}]");
    var own = api.http().get("/api/inquiries/me/" + id, hanako.token());
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).doesNotContain("setup.exe").doesNotContain("動画.mov");
    assertThat(own.body()).doesNotContain("refusedAttachments");
  }

  static InboundMail refusing(InboundMail mail, InboundMail.RefusedAttachment refused) {
    return new InboundMail(
        mail.messageId(),
        mail.inReplyTo(),
        mail.references(),
        mail.fromAddress(),
        mail.fromName(),
        mail.subject(),
        mail.text(),
        mail.html(),
        mail.attachments(),
        mail.receivedAt(),
        List.of(refused));
  }

  @Test
  void theSameMailHandedOverTwiceIsTakenInOnce() {
    var mail = mail(messageId(), null, List.of(), address(), "二重");
    String first = mailbox.receive(mail);
    String second = mailbox.receive(mail);

    assertThat(second).isEqualTo(first);
    assertThat(api.peek(first).get("messages")).hasSize(1);
  }

  @Test
  void anAnswerToTheShopsReplyThreadsByItsMessageIdEvenFromAnotherAddress() {
    String firstMail = messageId();
    String id = mailbox.receive(mail(firstMail, null, List.of(), address(), "配送について"));
    api.lock(id, staffA());
    ok(
        api.reply(
            id, staffA(), api.peek(id).get("version").asLong(), InboxApi.replyText("発送しました。")));
    JsonNode requested =
        InboxApi.value(await(mails, "inquiry.InquiryMailRequested", id, 1).getFirst()).get("data");
    String replyMessageId = requested.get("messageId").asString();
    assertThat(replyMessageId).matches("<[^@>]+@azukari\\.example>");
    assertThat(requested.get("inReplyTo").asString()).isEqualTo(firstMail);
    assertThat(requested.get("references").get(0).asString()).isEqualTo(firstMail);
    assertThat(requested.get("subject").asString()).isEqualTo("Re: 配送について");
    assertThat(requested.get("kind").asString()).isEqualTo("REPLY");

    String answer =
        mailbox.receive(
            mail(
                messageId(),
                replyMessageId,
                List.of(firstMail, replyMessageId),
                address(),
                "Re: 配送について"));

    assertThat(answer).isEqualTo(id);
    JsonNode inquiry = api.peek(id);
    assertThat(inquiry.get("messages")).hasSize(3);
    assertThat(inquiry.get("state").asString()).isEqualTo("IN_PROGRESS");
  }

  @Test
  void aReplyMailIsQueuedUntilTheNotificationServiceSaysItWentOut() {
    String id = mailbox.receive(mail(messageId(), null, List.of(), address(), "送信状況"));
    api.lock(id, staffA());
    JsonNode replied =
        ok(api.reply(id, staffA(), api.peek(id).get("version").asLong(), InboxApi.replyText("回答")));
    assertThat(replied.get("messages").get(1).get("mailStatus").asString()).isEqualTo("QUEUED");
    assertThat(replied.get("messages").get(0).get("mailStatus").isNull()).isTrue();
    String mailId =
        InboxApi.value(await(mails, "inquiry.InquiryMailRequested", id, 1).getFirst())
            .get("data")
            .get("mailId")
            .asString();

    try (var feed = new MemberFeed(kafka.getBrokersAsString(), null)) {
      feed.notification(new MailDelivered(mailId, "inquiry-reply", null, "inquiry", id));
    }

    org.awaitility.Awaitility.await()
        .atMost(InboxApi.WAIT)
        .until(
            () -> api.peek(id).get("messages").get(1).get("mailStatus").asString().equals("SENT"));
  }

  @Test
  void aMailReferencingOnlyAnOlderMailOfTheThreadStillJoinsIt() {
    String firstMail = messageId();
    String id = mailbox.receive(mail(firstMail, null, List.of(), address(), "件名A"));

    String joined =
        mailbox.receive(
            mail(
                messageId(),
                "<unknown@elsewhere.example>",
                List.of(firstMail, "<x@y>"),
                address(),
                "件名B"));

    assertThat(joined).isEqualTo(id);
  }

  @Test
  void aMailWithoutThreadHeadersJoinsTheSendersOpenInquiryOfTheLast30Days() {
    String from = address();
    String id = mailbox.receive(mail(messageId(), null, List.of(), from, "最初"));

    String again = mailbox.receive(mail(messageId(), null, List.of(), from.toUpperCase(), "別件かも"));

    assertThat(again).isEqualTo(id);
    assertThat(acknowledgements.of(id)).hasSize(2);
  }

  @Test
  void aMailFromTheSameAddressAfterClosingOrAfter30DaysOpensANewInquiry() {
    String from = address();
    String closed = mailbox.receive(mail(messageId(), null, List.of(), from, "閉じる"));
    long version = api.peek(closed).get("version").asLong();
    ok(
        api.put(
            "/api/inquiries/" + closed + "/state",
            staffA(),
            java.util.Map.of("state", "DONE"),
            version));

    String afterClosing = mailbox.receive(mail(messageId(), null, List.of(), from, "新しい件"));
    clock.advance(Duration.ofDays(31));
    String afterAMonth = mailbox.receive(mail(messageId(), null, List.of(), from, "さらに新しい件"));

    assertThat(afterClosing).isNotEqualTo(closed);
    assertThat(afterAMonth).isNotEqualTo(afterClosing).isNotEqualTo(closed);
  }
}
