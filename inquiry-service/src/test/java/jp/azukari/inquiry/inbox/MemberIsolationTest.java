package jp.azukari.inquiry.inbox;

import static jp.azukari.inquiry.inbox.InboxApi.json;
import static jp.azukari.inquiry.inbox.InboxApi.ok;
import static jp.azukari.inquiry.inbox.InboxApi.staffA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.azukari.inquiry.inbox.InboxApi.Someone;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Members see only their own inquiries, and of them only their messages and the replies. */
@InboxTest
class MemberIsolationTest {

  @LocalServerPort int port;

  InboxApi api;

  @BeforeEach
  void setUp() {
    api = new InboxApi(TestHttp.on(port));
  }

  @Test
  void aMemberListsOnlyTheirOwnInquiries() {
    Someone hanako = Someone.newMember();
    Someone taro = Someone.newMember();
    String hers = api.inquiryOf(hanako);
    api.inquiryOf(taro);

    JsonNode list = ok(api.http().get("/api/inquiries/me", hanako.token()));

    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asString()).isEqualTo(hers);
  }

  @Test
  void anotherMembersInquiryIsUnknownWhateverTheMemberTries() {
    Someone hanako = Someone.newMember();
    Someone taro = Someone.newMember();
    String hers = api.inquiryOf(hanako);

    var read = api.http().get("/api/inquiries/me/" + hers, taro.token());
    var write =
        api.http()
            .postJson(
                "/api/inquiries/me/" + hers + "/messages",
                InboxApi.body(Map.of("text", "覗き見")),
                taro.token());

    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(json(read).get("code").asString()).isEqualTo("inquiry-unknown");
    assertThat(read.body()).doesNotContain("キット");
    assertThat(write.statusCode()).isEqualTo(404);
    assertThat(api.peek(hers).get("messages")).hasSize(1);
  }

  @Test
  void membersNeverSeeNotesMemosOrStaffNames() {
    Someone hanako = Someone.newMember();
    String id = api.inquiryOf(hanako);
    ok(
        api.http()
            .postJson(
                "/api/inquiries/" + id + "/notes",
                InboxApi.body(Map.of("text", "要注意の顧客")),
                staffA()));
    ok(
        api.http()
            .postJson(
                "/api/inquiries/memos",
                InboxApi.body(Map.of("inquiryId", id, "text", "電話で催促あり")),
                staffA()));
    api.lock(id, staffA());
    ok(api.reply(id, staffA(), api.peek(id).get("version").asLong(), InboxApi.replyText("回答です")));

    var response = api.http().get("/api/inquiries/me/" + id, hanako.token());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("要注意").doesNotContain("電話で催促").doesNotContain("佐藤");
    assertThat(json(response).get("messages")).hasSize(2);
    assertThat(api.peek(id).get("messages")).hasSize(4);
  }

  @Test
  void membersCannotUseTheStaffInboxAndStaffCannotUseTheMemberForm() {
    Someone hanako = Someone.newMember();
    String id = api.inquiryOf(hanako);

    assertThat(api.http().get("/api/inquiries", hanako.token()).statusCode()).isEqualTo(403);
    assertThat(api.http().get("/api/inquiries/" + id, hanako.token()).statusCode()).isEqualTo(403);
    assertThat(api.http().get("/api/inquiries/me", staffA()).statusCode()).isEqualTo(403);
    assertThat(api.http().get("/api/inquiries/me", null).statusCode()).isEqualTo(401);
  }
}
