package jp.azukari.inquiry.inbox;

import static jp.azukari.inquiry.inbox.InboxApi.await;
import static jp.azukari.inquiry.inbox.InboxApi.json;
import static jp.azukari.inquiry.inbox.InboxApi.ok;
import static jp.azukari.inquiry.inbox.InboxApi.staffA;
import static jp.azukari.inquiry.inbox.InboxApi.staffB;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.azukari.contracts.Topics;
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
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * One staff member at a time replies: the lock shows who, runs out by itself, can be taken over by
 * an admin, and a customer message is answered once even when two replies race.
 */
@InboxTest
class ReplyLockTest {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired TestClock clock;
  @Autowired InboundMailHandler mailbox;

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
  void whileOneStaffMemberRepliesTheOthersSeeWhoAndCannotTakeTheLock() {
    String id = api.inquiryOf(Someone.newMember());

    JsonNode mine = ok(api.lock(id, staffA()));
    var theirs = api.lock(id, staffB());

    assertThat(mine.get("holderId").asString()).isEqualTo("staff-a");
    assertThat(
            Duration.between(
                Instant.parse(mine.get("since").asString()),
                Instant.parse(mine.get("expiresAt").asString())))
        .isEqualTo(Duration.ofMinutes(2));
    assertThat(theirs.statusCode()).isEqualTo(409);
    assertThat(json(theirs).get("code").asString()).isEqualTo("reply-locked");
    assertThat(json(theirs).get("lock").get("holderName").asString()).isEqualTo("佐藤 一郎");
    JsonNode seenByB = api.detail(id, staffB());
    assertThat(seenByB.get("lock").get("holderId").asString()).isEqualTo("staff-a");
    var replyByB =
        api.reply(id, staffB(), seenByB.get("version").asLong(), InboxApi.replyText("B です"));
    assertThat(replyByB.statusCode()).isEqualTo(409);
    assertThat(json(replyByB).get("code").asString()).isEqualTo("reply-locked");
  }

  @Test
  void renewingKeepsTheLockAndReleasingFreesIt() {
    String id = api.inquiryOf(Someone.newMember());
    JsonNode first = ok(api.lock(id, staffA()));
    clock.advance(Duration.ofSeconds(90));

    JsonNode renewed = ok(api.lock(id, staffA()));
    clock.advance(Duration.ofSeconds(60));

    assertThat(renewed.get("since").asString()).isEqualTo(first.get("since").asString());
    assertThat(api.lock(id, staffB()).statusCode()).isEqualTo(409);
    assertThat(
            api.http()
                .send(
                    "DELETE", "/api/inquiries/" + id + "/lock", staffA(), null, java.util.Map.of())
                .statusCode())
        .isEqualTo(204);
    assertThat(ok(api.lock(id, staffB())).get("holderId").asString()).isEqualTo("staff-b");
  }

  @Test
  void anAbandonedLockRunsOutAfterTwoMinutes() {
    String id = api.inquiryOf(Someone.newMember());
    ok(api.lock(id, staffA()));

    clock.advance(Duration.ofMinutes(2).plusSeconds(1));

    assertThat(api.peek(id).get("lock").isNull()).isTrue();
    assertThat(ok(api.lock(id, staffB())).get("holderId").asString()).isEqualTo("staff-b");
  }

  @Test
  void onlyAnAdminTakesOverSomeoneElsesLockAndThatIsAnEvent() {
    String id = api.inquiryOf(Someone.newMember());
    ok(api.lock(id, staffA()));

    var byStaff = api.http().postJson("/api/inquiries/" + id + "/lock/takeover", null, staffB());
    var byAdmin =
        api.http().postJson("/api/inquiries/" + id + "/lock/takeover", null, InboxApi.admin());

    assertThat(byStaff.statusCode()).isEqualTo(403);
    assertThat(byAdmin.statusCode()).isEqualTo(200);
    assertThat(json(byAdmin).get("holderId").asString()).isEqualTo("admin-1");
    var event = InboxApi.value(await(events, "inquiry.ReplyLockTakenOver", id, 1).getFirst());
    assertThat(event.get("data").get("previousHolderId").asString()).isEqualTo("staff-a");
    assertThat(event.get("actorid").asString()).isEqualTo("admin-1");
    assertThat(api.lock(id, staffA()).statusCode()).isEqualTo(409);
  }

  @Test
  void aSecondReplyToTheSameCustomerMessageIsRefused() {
    String id = api.inquiryOf(Someone.newMember());
    api.lock(id, staffA());
    ok(api.reply(id, staffA(), api.peek(id).get("version").asLong(), InboxApi.replyText("一度目")));
    JsonNode after = api.peek(id);
    String customerMessage = after.get("messages").get(0).get("id").asString();
    api.lock(id, staffA());

    var input = InboxApi.replyText("二度目");
    input.put("inReplyTo", customerMessage);
    var second = api.reply(id, staffA(), after.get("version").asLong(), input);

    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(json(second).get("code").asString()).isEqualTo("already-answered");
    assertThat(api.peek(id).get("messages")).hasSize(2);
  }

  /**
   * Two replies to the same customer message sent at the same moment (two tabs of the lock holder,
   * both past the lock check): exactly one is saved and mailed, the other is told it was answered.
   */
  @Test
  void twoConcurrentRepliesSaveAndMailExactlyOne() throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        String customerMail = "<" + java.util.UUID.randomUUID() + "@customer.example>";
        String id =
            mailbox.receive(
                new InboundMail(
                    customerMail,
                    null,
                    List.of(),
                    "race-" + round + "-" + java.util.UUID.randomUUID() + "@customer.example",
                    "山本 太郎",
                    "返品について",
                    "返品できますか？",
                    null,
                    List.of(),
                    Instant.now()));
        ok(api.lock(id, staffA()));
        long version = api.peek(id).get("version").asLong();
        var start = new CountDownLatch(1);
        List<Future<Integer>> replies = new ArrayList<>();
        for (String text : List.of("タブ1からの返信", "タブ2からの返信")) {
          Callable<Integer> reply =
              () -> {
                start.await();
                return api.reply(id, staffA(), version, InboxApi.replyText(text)).statusCode();
              };
          replies.add(pool.submit(reply));
        }
        start.countDown();
        var statuses = new ArrayList<Integer>();
        for (var reply : replies) {
          statuses.add(reply.get());
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        JsonNode inquiry = api.peek(id);
        assertThat(inquiry.get("messages")).hasSize(2);
        await(events, "inquiry.InquiryReplied", id, 1);
        assertThat(
                events.drain(
                    r -> InboxApi.is(r, "inquiry.InquiryReplied", id), Duration.ofSeconds(1)))
            .hasSize(1);
        var mail = InboxApi.value(await(mails, "inquiry.InquiryMailRequested", id, 1).getFirst());
        assertThat(mail.get("data").get("inReplyTo").asString()).isEqualTo(customerMail);
        assertThat(
                mails.drain(
                    r -> InboxApi.is(r, "inquiry.InquiryMailRequested", id), Duration.ofSeconds(1)))
            .hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoStaffRacingForTheLockGetItOnce() throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    try {
      String id = api.inquiryOf(Someone.newMember());
      var start = new CountDownLatch(1);
      var results = new ArrayList<Future<Integer>>();
      for (String token : List.of(staffA(), staffB())) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.lock(id, token).statusCode();
                }));
      }
      start.countDown();
      var statuses = new ArrayList<Integer>();
      for (var result : results) {
        statuses.add(result.get());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdownNow();
    }
  }
}
