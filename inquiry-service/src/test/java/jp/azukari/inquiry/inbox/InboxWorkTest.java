package jp.azukari.inquiry.inbox;

import static jp.azukari.inquiry.inbox.InboxApi.await;
import static jp.azukari.inquiry.inbox.InboxApi.json;
import static jp.azukari.inquiry.inbox.InboxApi.ok;
import static jp.azukari.inquiry.inbox.InboxApi.staffA;
import static jp.azukari.inquiry.inbox.InboxApi.staffB;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.inquiry.inbox.InboxApi.Someone;
import jp.azukari.inquiry.mail.InboundMail;
import jp.azukari.inquiry.mail.InboundMailHandler;
import jp.azukari.platform.upload.FileType;
import jp.azukari.platform.upload.GridFsContentStore;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.TestHttp;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * Working the inbox: assignment, labels, search, tabs, saved filters, bulk actions, merging and
 * attachments.
 */
@InboxTest
class InboxWorkTest {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired InboundMailHandler mailbox;
  @Autowired GridFsContentStore contents;

  InboxApi api;
  EventsProbe events;

  @BeforeEach
  void setUp() {
    api = new InboxApi(TestHttp.on(port));
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.INQUIRY);
    // Both staff members have used the inbox, so they can be assigned.
    api.http().get("/api/inquiries/counts", staffA());
    api.http().get("/api/inquiries/counts", staffB());
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  List<String> ids(JsonNode page) {
    var ids = new ArrayList<String>();
    page.get("content").forEach(i -> ids.add(i.get("id").asString()));
    return ids;
  }

  @Test
  void assignableStaffAreThoseWhoUsedTheInbox() {
    JsonNode staff = ok(api.http().get("/api/inquiries/staff", staffA()));

    assertThat(staff.toString()).contains("staff-a").contains("佐藤 一郎").contains("staff-b");
  }

  @Test
  void anInquiryIsAssignedAndFoundUnderMineAndUnassigned() {
    String id = api.inquiryOf(Someone.newMember());
    assertThat(ids(ok(api.http().get("/api/inquiries?assignee=none&size=100", staffA()))))
        .contains(id);
    long mineBefore = ok(api.http().get("/api/inquiries/counts", staffB())).get("mine").asLong();

    var assigned =
        api.put(
            "/api/inquiries/" + id + "/assignee", staffA(), Map.of("assigneeId", "staff-b"), null);
    var unknown =
        api.put(
            "/api/inquiries/" + id + "/assignee", staffA(), Map.of("assigneeId", "ghost"), null);

    assertThat(json(assigned).get("assignee").get("name").asString()).isEqualTo("鈴木 二郎");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(ids(ok(api.http().get("/api/inquiries?assignee=me&size=100", staffB()))))
        .contains(id);
    assertThat(ok(api.http().get("/api/inquiries/counts", staffB())).get("mine").asLong())
        .isEqualTo(mineBefore + 1);
    var event = InboxApi.value(await(events, "inquiry.InquiryAssigned", id, 1).getFirst());
    assertThat(event.get("data").get("assigneeId").asString()).isEqualTo("staff-b");
  }

  @Test
  void labelsAreSetCountedAndFilteredOn() {
    String label = "急ぎ-" + UUID.randomUUID().toString().substring(0, 8);
    String id = api.inquiryOf(Someone.newMember());

    var labelled =
        api.put(
            "/api/inquiries/" + id + "/labels",
            staffA(),
            Map.of("labels", List.of(label, "返品")),
            null);
    var bad =
        api.put(
            "/api/inquiries/" + id + "/labels", staffA(), Map.of("labels", List.of("a\nb")), null);

    assertThat(json(labelled).get("labels").toString()).contains(label);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(ids(ok(api.http().get("/api/inquiries?label=" + label, staffA()))))
        .containsExactly(id);
    JsonNode labels = ok(api.http().get("/api/inquiries/labels", staffA()));
    assertThat(labels.toString()).contains("{\"label\":\"" + label + "\",\"count\":1}");
    await(events, "inquiry.InquiryLabelsChanged", id, 1);
  }

  @Test
  void anInternalNoteIsAnnouncedWithoutItsText() {
    Someone hanako = Someone.newMember();
    String id = api.inquiryOf(hanako);

    JsonNode noted =
        ok(
            api.http()
                .postJson(
                    "/api/inquiries/" + id + "/notes",
                    InboxApi.body(Map.of("text", "要注意の顧客")),
                    staffA()));

    String noteId = null;
    for (JsonNode message : noted.get("messages")) {
      if (message.get("kind").asString().equals("NOTE")) {
        noteId = message.get("id").asString();
      }
    }
    var record = await(events, "inquiry.InquiryNoteAdded", id, 1).getFirst();
    var event = InboxApi.value(record);
    assertThat(event.get("data").get("messageId").asString()).isEqualTo(noteId);
    assertThat(event.get("data").get("memberId").asString()).isEqualTo(hanako.id());
    assertThat(event.get("actorid").asString()).isEqualTo("staff-a");
    assertThat(record.value()).doesNotContain("要注意");
  }

  @Test
  void searchFindsSubjectBodyCustomerAndLabels() {
    String word = "ZX" + UUID.randomUUID().toString().substring(0, 6);
    Someone hanako = Someone.newMember();
    String bySubject = ok(api.write(hanako, "件名 " + word, "本文")).get("id").asString();
    String byBody =
        ok(api.write(Someone.newMember(), "件名", "本文に " + word.toLowerCase())).get("id").asString();
    String from = "searchable-" + UUID.randomUUID() + "@example.org";
    String byAddress =
        mailbox.receive(
            new InboundMail(
                "<" + UUID.randomUUID() + "@x>",
                null,
                List.of(),
                from,
                "木村 花",
                "件名",
                "本文",
                null,
                List.of(),
                Instant.now()));
    String other = api.inquiryOf(Someone.newMember());

    assertThat(ids(ok(api.http().get("/api/inquiries?q=" + word, staffA()))))
        .containsExactlyInAnyOrder(bySubject, byBody);
    assertThat(ids(ok(api.http().get("/api/inquiries?q=" + from, staffA()))))
        .containsExactly(byAddress);
    assertThat(
            ids(
                ok(
                    api.http()
                        .get(
                            "/api/inquiries?q=" + word + "&channel=MEMBER_FORM&state=NEW",
                            staffA()))))
        .doesNotContain(other);
    assertThat(api.http().get("/api/inquiries?state=NOPE", staffA()).statusCode()).isEqualTo(400);
    assertThat(api.http().get("/api/inquiries?sort=secret", staffA()).statusCode()).isEqualTo(400);
  }

  @Test
  void savedFiltersBelongToTheirStaffMember() {
    var input = Map.of("name", "自分の未回答", "query", Map.of("assignee", "me", "unanswered", true));
    JsonNode saved =
        ok(api.http().postJson("/api/inquiries/filters", InboxApi.body(input), staffA()));
    String id = saved.get("id").asString();

    assertThat(ok(api.http().get("/api/inquiries/filters", staffA())).toString()).contains(id);
    assertThat(ok(api.http().get("/api/inquiries/filters", staffB())).toString())
        .doesNotContain(id);
    assertThat(
            api.http()
                .send("DELETE", "/api/inquiries/filters/" + id, staffB(), null, Map.of())
                .statusCode())
        .isEqualTo(404);
    assertThat(
            api.http()
                .send("DELETE", "/api/inquiries/filters/" + id, staffA(), null, Map.of())
                .statusCode())
        .isEqualTo(204);
    assertThat(ok(api.http().get("/api/inquiries/filters", staffA())).toString())
        .doesNotContain(id);
  }

  @Test
  void bulkActionsApplyToEachAndReportEachOutcome() {
    String first = api.inquiryOf(Someone.newMember());
    String second = api.inquiryOf(Someone.newMember());
    String label = "bulk-" + UUID.randomUUID().toString().substring(0, 8);

    JsonNode labelled =
        ok(
            api.http()
                .postJson(
                    "/api/inquiries/bulk",
                    InboxApi.body(
                        Map.of(
                            "inquiryIds",
                            List.of(first, second, "missing"),
                            "action",
                            "LABEL",
                            "label",
                            label)),
                    staffA()));
    JsonNode assigned =
        ok(
            api.http()
                .postJson(
                    "/api/inquiries/bulk",
                    InboxApi.body(
                        Map.of(
                            "inquiryIds",
                            List.of(first, second),
                            "action",
                            "ASSIGN",
                            "assigneeId",
                            "staff-a")),
                    staffA()));
    JsonNode closed =
        ok(
            api.http()
                .postJson(
                    "/api/inquiries/bulk",
                    InboxApi.body(Map.of("inquiryIds", List.of(first, second), "action", "CLOSE")),
                    staffA()));

    JsonNode results = labelled.get("results");
    assertThat(results.get(0).get("done").asBoolean()).isTrue();
    assertThat(results.get(1).get("done").asBoolean()).isTrue();
    assertThat(results.get(2).get("done").asBoolean()).isFalse();
    assertThat(results.get(2).get("problem").get("code").asString()).isEqualTo("inquiry-unknown");
    assertThat(assigned.get("results").get(0).get("done").asBoolean()).isTrue();
    assertThat(closed.get("results").get(1).get("number").asString()).startsWith("Q-");
    JsonNode after = api.peek(second);
    assertThat(after.get("state").asString()).isEqualTo("DONE");
    assertThat(after.get("assignee").get("id").asString()).isEqualTo("staff-a");
    assertThat(after.get("labels").toString()).contains(label);
  }

  @Test
  void mergingMovesTheMessagesAndClosesTheSourcePointingAtTheTarget() {
    Someone hanako = Someone.newMember();
    String target = api.inquiryOf(hanako);
    String source = ok(api.write(hanako, "同じ件", "先ほどの件の続きです")).get("id").asString();

    var merged =
        api.http()
            .postJson(
                "/api/inquiries/" + target + "/merge",
                InboxApi.body(Map.of("sourceId", source)),
                staffA());
    var again =
        api.http()
            .postJson(
                "/api/inquiries/" + target + "/merge",
                InboxApi.body(Map.of("sourceId", source)),
                staffA());

    assertThat(merged.statusCode()).isEqualTo(200);
    assertThat(json(merged).get("messages")).hasSize(2);
    JsonNode closed = api.peek(source);
    assertThat(closed.get("state").asString()).isEqualTo("DONE");
    assertThat(closed.get("mergedInto").asString()).isEqualTo(target);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).get("code").asString()).isEqualTo("inquiry-merged");
    await(events, "inquiry.InquiriesMerged", target, 1);
  }

  @Test
  void attachmentsAreDownloadedByStaffAndNotByOtherMembers() {
    byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
    var stored =
        contents.store(
            new ByteArrayInputStream(pdf),
            1_000,
            UUID.randomUUID().toString(),
            FileType.PDF,
            new Document("test", true));
    String id =
        mailbox.receive(
            new InboundMail(
                "<" + UUID.randomUUID() + "@x>",
                null,
                List.of(),
                "att-" + UUID.randomUUID() + "@example.org",
                null,
                "添付",
                "見積書です",
                null,
                List.of(
                    new InboundMail.Attachment(
                        stored.fileId(), "見積書.pdf", "application/pdf", pdf.length)),
                Instant.now()));
    JsonNode attachment = api.peek(id).get("messages").get(0).get("attachments").get(0);

    var download =
        api.http()
            .getBytes(
                "/api/inquiries/" + id + "/attachments/" + attachment.get("id").asString(),
                staffA());
    var missing = api.http().getBytes("/api/inquiries/" + id + "/attachments/nope", staffA());
    var byMember =
        api.http()
            .getBytes(
                "/api/inquiries/me/" + id + "/attachments/" + attachment.get("id").asString(),
                Someone.newMember().token());

    assertThat(attachment.get("fileName").asString()).isEqualTo("見積書.pdf");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(byMember.statusCode()).isEqualTo(404);
  }
}
