package jp.azukari.inquiry.inbox;

import static jp.azukari.inquiry.inbox.InboxApi.await;
import static jp.azukari.inquiry.inbox.InboxApi.json;
import static jp.azukari.inquiry.inbox.InboxApi.ok;
import static jp.azukari.inquiry.inbox.InboxApi.staffA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.azukari.contracts.Topics;
import jp.azukari.inquiry.inbox.InboxApi.Someone;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * A member writes on the member web, staff answer in the inbox under the reply lock, and the reply
 * shows on the member web as unread until read. (Reply mails and their threading headers: {@link
 * MailThreadingTest}.)
 */
@InboxTest
class InquiryLifecycleTest {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired RecordingAcknowledgements acknowledgements;

  InboxApi api;
  EventsProbe events;
  EventsProbe mails;

  @BeforeEach
  void setUp() {
    api = new InboxApi(TestHttp.on(port));
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.INQUIRY);
    mails = new EventsProbe(kafka.getBrokersAsString(), Topics.INQUIRY_MAILS);
  }

  @AfterEach
  void tearDown() {
    events.close();
    mails.close();
  }

  @Test
  void aMembersInquiryArrivesNewWithANumberAndCountsInItsTab() {
    Someone hanako = Someone.newMember();
    long before = ok(api.http().get("/api/inquiries/counts", staffA())).get("NEW").asLong();

    var response = api.write(hanako, "査定について", "査定はいつ終わりますか？");

    assertThat(response.statusCode()).isEqualTo(201);
    String id = json(response).get("id").asString();
    JsonNode inquiry = api.peek(id);
    assertThat(inquiry.get("number").asString()).matches("Q-\\d{6,}");
    assertThat(inquiry.get("state").asString()).isEqualTo("NEW");
    assertThat(inquiry.get("channel").asString()).isEqualTo("MEMBER_FORM");
    assertThat(inquiry.get("customer").get("memberId").asString()).isEqualTo(hanako.id());
    assertThat(inquiry.get("unanswered").asBoolean()).isTrue();
    assertThat(inquiry.get("messages").get(0).get("text").asString()).isEqualTo("査定はいつ終わりますか？");
    assertThat(ok(api.http().get("/api/inquiries/counts", staffA())).get("NEW").asLong())
        .isGreaterThan(before);
    var received = await(events, "inquiry.InquiryReceived", id, 1).getFirst();
    assertThat(InboxApi.value(received).get("data").get("memberId").asString())
        .isEqualTo(hanako.id());
  }

  @Test
  void aReplyNeedsTheLockAnswersTheCustomerMessageAndReleasesTheLock() {
    Someone hanako = Someone.newMember();
    String id = api.inquiryOf(hanako);
    JsonNode inquiry = api.detail(id, staffA());
    String customerMessage = inquiry.get("messages").get(0).get("id").asString();
    long version = inquiry.get("version").asLong();

    var withoutLock = api.reply(id, staffA(), version, InboxApi.replyText("お待たせしました。"));
    assertThat(withoutLock.statusCode()).isEqualTo(409);
    assertThat(json(withoutLock).get("code").asString()).isEqualTo("reply-locked");

    assertThat(api.lock(id, staffA()).statusCode()).isEqualTo(200);
    var input = InboxApi.replyText("お待たせしました。明日発送します。");
    input.put("inReplyTo", customerMessage);
    var replied = api.reply(id, staffA(), version, input);

    assertThat(replied.statusCode()).isEqualTo(200);
    JsonNode after = json(replied);
    assertThat(after.get("state").asString()).isEqualTo("PENDING_CUSTOMER");
    assertThat(after.get("unanswered").asBoolean()).isFalse();
    assertThat(after.get("lock").isNull()).isTrue();
    JsonNode reply = after.get("messages").get(1);
    assertThat(reply.get("kind").asString()).isEqualTo("REPLY");
    assertThat(reply.get("inReplyTo").asString()).isEqualTo(customerMessage);
    assertThat(reply.get("author").get("name").asString()).isEqualTo("佐藤 一郎");
    await(events, "inquiry.InquiryReplied", id, 1);
  }

  @Test
  void theMemberSeesTheReplyUnreadUntilTheyReadIt() {
    Someone hanako = Someone.newMember();
    String id = api.inquiryOf(hanako);
    JsonNode inquiry = api.peek(id);
    long version = inquiry.get("version").asLong();
    api.lock(id, staffA());
    ok(api.reply(id, staffA(), version, InboxApi.replyText("ご連絡ありがとうございます。")));

    JsonNode list = ok(api.http().get("/api/inquiries/me", hanako.token()));
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("unread").asBoolean()).isTrue();
    assertThat(ok(api.http().get("/api/inquiries/me/unread", hanako.token())).get("count").asLong())
        .isEqualTo(1);

    JsonNode read = ok(api.http().get("/api/inquiries/me/" + id, hanako.token()));
    assertThat(read.get("messages")).hasSize(2);
    assertThat(read.get("messages").get(1).get("kind").asString()).isEqualTo("REPLY");
    assertThat(read.get("messages").get(1).get("author").asString()).isEqualTo("Azukari");
    assertThat(ok(api.http().get("/api/inquiries/me/unread", hanako.token())).get("count").asLong())
        .isZero();
  }

  @Test
  void theMemberWritingAgainReopensAWaitingInquiry() {
    Someone hanako = Someone.newMember();
    String id = api.inquiryOf(hanako);
    api.lock(id, staffA());
    ok(api.reply(id, staffA(), api.peek(id).get("version").asLong(), InboxApi.replyText("確認します。")));

    var again =
        api.http()
            .postJson(
                "/api/inquiries/me/" + id + "/messages",
                InboxApi.body(Map.of("text", "まだですか？")),
                hanako.token());

    assertThat(again.statusCode()).isEqualTo(200);
    JsonNode inquiry = api.peek(id);
    assertThat(inquiry.get("state").asString()).isEqualTo("IN_PROGRESS");
    assertThat(inquiry.get("unanswered").asBoolean()).isTrue();
    await(events, "inquiry.CustomerMessageReceived", id, 1);
  }

  @Test
  void aStateChangeNeedsTheVersionSeen() {
    String id = api.inquiryOf(Someone.newMember());
    long version = api.peek(id).get("version").asLong();

    var missing =
        api.put("/api/inquiries/" + id + "/state", staffA(), Map.of("state", "DONE"), null);
    var stale =
        api.put("/api/inquiries/" + id + "/state", staffA(), Map.of("state", "DONE"), version + 1);
    var done =
        api.put(
            "/api/inquiries/" + id + "/state",
            staffA(),
            Map.of("state", "DONE", "surveySuppressed", true),
            version);

    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(json(done).get("surveySuppressed").asBoolean()).isTrue();
    var changed = await(events, "inquiry.InquiryStateChanged", id, 1).getFirst();
    assertThat(InboxApi.value(changed).get("data").get("to").asString()).isEqualTo("DONE");
  }
}
