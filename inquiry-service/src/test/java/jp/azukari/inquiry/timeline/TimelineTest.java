package jp.azukari.inquiry.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.contracts.inquiry.InquiryReceived;
import jp.azukari.contracts.inquiry.InquiryReplied;
import jp.azukari.contracts.inquiry.PhoneMemoLogged;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.notification.MailDelivered;
import jp.azukari.contracts.notification.MailDeliveryFailed;
import jp.azukari.contracts.workflow.MemberMail;
import jp.azukari.contracts.workflow.RequestCreated;
import jp.azukari.contracts.workflow.RequestStatusChanged;
import jp.azukari.inquiry.ExtrasServiceTest;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer timeline lists everything with one customer newest first, found by member, address
 * or phone, built from events once however often they arrive.
 */
class TimelineTest extends ExtrasServiceTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Instant T0 = Instant.parse("2026-10-01T01:00:00Z");

  JsonNode timeline(String query) {
    var response = http.get("/api/inquiries/timeline?" + query, TestIssuer.staff());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  List<String> kinds(JsonNode timeline) {
    return timeline.get("entries").valueStream().map(e -> e.get("kind").asString()).toList();
  }

  @Test
  void aMembersTimelineListsInquiriesRequestsAndMailsNewestFirst() {
    String memberId = unique("member");
    String email = unique("hanako") + "@example.com";
    String phone = "090" + (10_000_000 + (int) (Math.random() * 89_999_999));
    String requestId = unique("request");
    String inquiryId = unique("inquiry");
    publish(Topics.MEMBER, new MemberCreated(memberId, email, "ACTIVE", "WEB", true));
    publish(
        Topics.MEMBER,
        new ProfileChanged(
            memberId,
            List.of(
                new FieldChange("familyName", null, "山田"),
                new FieldChange("givenName", null, "花子"),
                new FieldChange("phone", null, phone.substring(0, 3) + "-" + phone.substring(3)))));
    publish(
        Topics.WORKFLOW,
        new RequestCreated(requestId, "R-000901", memberId, "KIT", "KIT_REQUESTED", "WEB", null),
        T0,
        null);
    publish(
        Topics.WORKFLOW,
        new RequestStatusChanged(
            requestId,
            "R-000901",
            memberId,
            "KIT",
            "KIT_REQUESTED",
            "KIT_SENT",
            null,
            false,
            new MemberMail("request-status", Map.of("ja", "キットを発送しました", "en", "Kit sent"))),
        T0.plusSeconds(60),
        null);
    publish(
        Topics.INQUIRY,
        new InquiryReceived(
            inquiryId, "Q-000901", Channel.MEMBER_FORM, memberId, "キットが届きません", "m1"),
        T0.plusSeconds(120),
        null);
    publish(
        Topics.INQUIRY,
        new InquiryReplied(inquiryId, "m2", "m1", memberId),
        T0.plusSeconds(180),
        "佐藤");
    publish(
        Topics.NOTIFICATION,
        new MailDelivered("d1-" + inquiryId, "inquiry-reply", memberId, "inquiry", inquiryId),
        T0.plusSeconds(240),
        null);
    publish(
        Topics.NOTIFICATION,
        new MailDeliveryFailed(
            "d2-" + requestId, "request-status", memberId, "request", requestId, "mailbox full"),
        T0.plusSeconds(300),
        null);
    // Someone else's inquiry at the same time stays out.
    publish(
        Topics.INQUIRY,
        new InquiryReceived(unique("other"), "Q-000902", Channel.MAIL, unique("member"), "別件", "x"),
        T0.plusSeconds(150),
        null);

    await().atMost(WAIT).until(() -> kinds(timeline("memberId=" + memberId)).size() == 6);
    JsonNode byMember = timeline("memberId=" + memberId);
    assertThat(kinds(byMember))
        .containsExactly(
            "MAIL_FAILED", "MAIL_SENT", "REPLY", "INQUIRY", "REQUEST_STATUS", "REQUEST");
    assertThat(byMember.at("/customer/name").asString()).isEqualTo("山田 花子");
    JsonNode reply = byMember.get("entries").get(2);
    assertThat(reply.get("title").asString()).isEqualTo("Q-000901 キットが届きません");
    assertThat(reply.get("detail").asString()).isEqualTo("佐藤");
    assertThat(reply.at("/link/type").asString()).isEqualTo("inquiry");
    assertThat(reply.at("/link/id").asString()).isEqualTo(inquiryId);
    assertThat(byMember.get("entries").get(4).get("detail").asString()).isEqualTo("キットを発送しました");
    assertThat(byMember.get("entries").get(0).get("detail").asString()).isEqualTo("mailbox full");

    assertThat(kinds(timeline("email=" + email.toUpperCase()))).isEqualTo(kinds(byMember));
    assertThat(kinds(timeline("phone=" + phone))).isEqualTo(kinds(byMember));
  }

  @Test
  void aGuestIsFoundByTheAddressTheShopsRepliesWentTo() {
    String inquiryId = unique("inquiry");
    String email = unique("guest") + "@example.com";
    publish(
        Topics.INQUIRY,
        new InquiryReceived(inquiryId, "Q-000903", Channel.GUEST_FORM, null, "買取について", "m1"));
    publish(
        Topics.INQUIRY_MAILS,
        new InquiryMailRequested(
            unique("mail"),
            inquiryId,
            InquiryMailRequested.Kind.REPLY,
            null,
            email,
            "鈴木 一郎",
            "ja",
            "Re: 買取について",
            "本文",
            "<a@azukari.example>",
            null,
            List.of(),
            null));
    publish(Topics.INQUIRY, new PhoneMemoLogged(inquiryId, "m3", null), Instant.now(), "佐藤");

    await().atMost(WAIT).until(() -> kinds(timeline("email=" + email)).size() == 2);
    JsonNode guest = timeline("email=" + email);
    assertThat(kinds(guest)).containsExactlyInAnyOrder("INQUIRY", "PHONE_MEMO");
    assertThat(guest.at("/customer/name").asString()).isEqualTo("鈴木 一郎");
    assertThat(kinds(timeline("email=" + unique("nobody") + "@example.com"))).isEmpty();
  }

  @Test
  void aGuestCallerIsFoundByTheirPhoneNumberBeforeTheShopEverMailedThem() {
    String phone = "03" + (10_000_000 + (int) (Math.random() * 89_999_999));
    var memo =
        http.postJson(
            "/api/inquiries/memos",
            """
            {"phone":"%s","name":"田中 様","subject":"営業時間の確認","text":"土曜の営業時間を確認したい"}
            """
                .formatted(phone),
            TestIssuer.staff());
    assertThat(memo.statusCode()).as(memo.body()).isEqualTo(201);

    await().atMost(WAIT).until(() -> kinds(timeline("phone=" + phone)).contains("INQUIRY"));
    assertThat(kinds(timeline("phone=" + phone.substring(0, 2) + "-" + phone.substring(2))))
        .contains("INQUIRY");
    assertThat(kinds(timeline("phone=0399999999"))).doesNotContain("INQUIRY");
  }

  @Test
  void anEventDeliveredTwiceMakesOneEntryAndTheAnswerIsQuick() {
    String inquiryId = unique("inquiry");
    String memberId = unique("member");
    var envelope =
        envelopes.wrap(
            new InquiryReceived(inquiryId, "Q-000904", Channel.MAIL, memberId, "件名", "m1"));
    String json = envelopes.toJson(envelope);
    send(Topics.INQUIRY, inquiryId, json);
    send(Topics.INQUIRY, inquiryId, json);
    publish(Topics.INQUIRY, new InquiryReplied(inquiryId, "m2", "m1", memberId));

    await().atMost(WAIT).until(() -> kinds(timeline("memberId=" + memberId)).size() == 2);
    long started = System.nanoTime();
    JsonNode answer = timeline("memberId=" + memberId);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(kinds(answer)).containsExactly("REPLY", "INQUIRY");
    assertThat(took).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void onlyStaffReadTimelinesAndACustomerMustBeNamed() {
    assertThat(http.get("/api/inquiries/timeline?memberId=x", TestIssuer.member("x")).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/inquiries/timeline", TestIssuer.staff()).statusCode()).isEqualTo(400);
  }
}
