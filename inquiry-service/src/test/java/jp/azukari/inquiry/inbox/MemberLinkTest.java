package jp.azukari.inquiry.inbox;

import static jp.azukari.inquiry.inbox.InboxApi.await;
import static jp.azukari.inquiry.inbox.InboxApi.json;
import static jp.azukari.inquiry.inbox.InboxApi.ok;
import static jp.azukari.inquiry.inbox.InboxApi.staffA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.inquiry.inbox.InboxApi.Someone;
import jp.azukari.inquiry.mail.InboundMail;
import jp.azukari.inquiry.mail.InboundMailHandler;
import jp.azukari.testsupport.EventsProbe;
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
 * The inbox knows members from member.events only, links an inquiry to the member whose address or
 * phone it comes from, and staff can link or unlink by hand.
 */
@InboxTest
class MemberLinkTest {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired MongoTemplate mongo;
  @Autowired InboundMailHandler mailbox;

  InboxApi api;
  MemberFeed feed;
  EventsProbe events;

  @BeforeEach
  void setUp() {
    api = new InboxApi(TestHttp.on(port));
    feed = new MemberFeed(kafka.getBrokersAsString(), mongo);
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.INQUIRY);
  }

  @AfterEach
  void tearDown() {
    feed.close();
    events.close();
  }

  static String address() {
    return "hanako-" + UUID.randomUUID() + "@example.com";
  }

  static String phone() {
    return "090" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
  }

  @Test
  void aMailFromAMembersAddressIsLinkedToTheMemberAutomatically() {
    Someone hanako = Someone.newMember();
    String email = address();
    feed.known(hanako.id(), email, phone());

    String id =
        mailbox.receive(
            new InboundMail(
                "<" + UUID.randomUUID() + "@x>",
                null,
                List.of(),
                email.toUpperCase(),
                null,
                "質問",
                "本文",
                null,
                List.of(),
                Instant.now()));

    JsonNode inquiry = api.peek(id);
    assertThat(inquiry.get("customer").get("memberId").asString()).isEqualTo(hanako.id());
    assertThat(inquiry.get("customer").get("name").asString()).isEqualTo("山田 花子");
    var linked = InboxApi.value(await(events, "inquiry.InquiryLinked", id, 1).getFirst());
    assertThat(linked.get("data").get("automatic").asBoolean()).isTrue();
    // The member sees the inquiry that came by mail on the member web too.
    assertThat(ok(api.http().get("/api/inquiries/me", hanako.token())).toString()).contains(id);
  }

  @Test
  void aPhoneMemoFromAMembersNumberOpensAPhoneInquiryLinkedToThem() {
    Someone hanako = Someone.newMember();
    String tel = phone();
    feed.known(hanako.id(), address(), tel);

    var memo =
        api.http()
            .postJson(
                "/api/inquiries/memos",
                InboxApi.body(
                    Map.of(
                        "phone",
                        tel.substring(0, 3) + "-" + tel.substring(3, 7) + "-" + tel.substring(7),
                        "subject",
                        "電話: 入金日",
                        "text",
                        "入金日の問い合わせ。来週と回答。")),
                staffA());

    assertThat(memo.statusCode()).isEqualTo(201);
    JsonNode inquiry = json(memo);
    assertThat(inquiry.get("channel").asString()).isEqualTo("PHONE");
    assertThat(inquiry.get("customer").get("memberId").asString()).isEqualTo(hanako.id());
    assertThat(inquiry.get("messages").get(0).get("kind").asString()).isEqualTo("MEMO");
    await(events, "inquiry.PhoneMemoLogged", inquiry.get("id").asString(), 1);
  }

  @Test
  void staffLinkAndUnlinkByHandAndAnUnknownMemberIsRefused() {
    Someone hanako = Someone.newMember();
    feed.known(hanako.id(), address(), phone());
    String id =
        mailbox.receive(
            new InboundMail(
                "<" + UUID.randomUUID() + "@x>",
                null,
                List.of(),
                address(),
                "誰か",
                "質問",
                "本文",
                null,
                List.of(),
                Instant.now()));

    var unknown =
        api.put("/api/inquiries/" + id + "/member", staffA(), Map.of("memberId", "nobody"), null);
    var linked =
        api.put(
            "/api/inquiries/" + id + "/member", staffA(), Map.of("memberId", hanako.id()), null);
    var unlink = new HashMap<String, Object>();
    unlink.put("memberId", null);
    var unlinked = api.put("/api/inquiries/" + id + "/member", staffA(), unlink, null);

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("code").asString()).isEqualTo("member-unknown");
    assertThat(json(linked).get("customer").get("memberId").asString()).isEqualTo(hanako.id());
    assertThat(json(unlinked).get("customer").get("memberId").isNull()).isTrue();
    var events = await(this.events, "inquiry.InquiryLinked", id, 2);
    assertThat(InboxApi.value(events.getFirst()).get("data").get("automatic").asBoolean())
        .isFalse();
  }

  @Test
  void aReplyToAMemberWithAKnownAddressIsMailedThereWithALinkToTheMemberWeb() {
    Someone hanako = Someone.newMember();
    String email = address();
    feed.known(hanako.id(), email, phone());
    String id = api.inquiryOf(hanako);
    api.lock(id, staffA());
    ok(api.reply(id, staffA(), api.peek(id).get("version").asLong(), InboxApi.replyText("回答")));

    try (var mails = new EventsProbe(kafka.getBrokersAsString(), Topics.INQUIRY_MAILS)) {
      JsonNode mail =
          InboxApi.value(await(mails, "inquiry.InquiryMailRequested", id, 1).getFirst())
              .get("data");
      assertThat(mail.get("toAddress").asString()).isEqualTo(email);
      assertThat(mail.get("toName").asString()).isEqualTo("山田 花子");
      assertThat(mail.get("memberId").asString()).isEqualTo(hanako.id());
      assertThat(mail.get("link").asString()).endsWith("/inquiries/" + id);
      assertThat(mail.get("inReplyTo").isNull()).isTrue();
    }
  }

  @Test
  void anEarlierMailIsLinkedOnceItsAddressBecomesAMembers() {
    String email = address();
    String id =
        mailbox.receive(
            new InboundMail(
                "<" + UUID.randomUUID() + "@x>",
                null,
                List.of(),
                email,
                null,
                "入会前の質問",
                "本文",
                null,
                List.of(),
                Instant.now()));
    assertThat(api.peek(id).get("customer").get("memberId").isNull()).isTrue();
    Someone hanako = Someone.newMember();

    feed.known(hanako.id(), email, phone());

    org.awaitility.Awaitility.await()
        .atMost(InboxApi.WAIT)
        .until(() -> !api.peek(id).get("customer").get("memberId").isNull());
    assertThat(api.peek(id).get("customer").get("memberId").asString()).isEqualTo(hanako.id());
    var linked = InboxApi.value(await(events, "inquiry.InquiryLinked", id, 1).getFirst());
    assertThat(linked.get("data").get("automatic").asBoolean()).isTrue();
  }

  @Test
  void anErasedMembersAddressNoLongerLinks() {
    Someone hanako = Someone.newMember();
    String email = address();
    feed.known(hanako.id(), email, phone());
    feed.member(new PersonalDataErased(hanako.id(), List.of("email"), "request", 0, 0, 0, 0));
    feed.awaitMember(hanako.id(), member -> member.get("erasedAt") != null);

    String id =
        mailbox.receive(
            new InboundMail(
                "<" + UUID.randomUUID() + "@x>",
                null,
                List.of(),
                email,
                null,
                "質問",
                "本文",
                null,
                List.of(),
                Instant.now()));

    assertThat(api.peek(id).get("customer").get("memberId").isNull()).isTrue();
  }
}
