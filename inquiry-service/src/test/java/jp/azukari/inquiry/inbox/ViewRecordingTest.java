package jp.azukari.inquiry.inbox;

import static jp.azukari.inquiry.inbox.InboxApi.await;
import static jp.azukari.inquiry.inbox.InboxApi.staffA;
import static jp.azukari.inquiry.inbox.InboxApi.staffB;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.azukari.contracts.Topics;
import jp.azukari.inquiry.inbox.InboxApi.Someone;
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

/** Every opening of an inquiry is recorded and shown; a peek (live refresh) is not an opening. */
@InboxTest
class ViewRecordingTest {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired TestClock clock;

  InboxApi api;
  EventsProbe events;

  @BeforeEach
  void setUp() {
    api = new InboxApi(TestHttp.on(port));
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.INQUIRY);
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  @Test
  void everyOpeningIsRecordedWithWhoAndWhenAndReadByShowsTheLatestPerPerson() {
    String id = api.inquiryOf(Someone.newMember());

    api.detail(id, staffA());
    clock.advance(Duration.ofMinutes(13));
    api.detail(id, staffB());
    clock.advance(Duration.ofMinutes(5));
    JsonNode third = api.detail(id, staffA());

    assertThat(third.get("views")).hasSize(3);
    assertThat(third.get("views").get(0).get("name").asString()).isEqualTo("佐藤 一郎");
    assertThat(third.get("views").get(1).get("name").asString()).isEqualTo("鈴木 二郎");
    JsonNode readBy = third.get("readBy");
    assertThat(readBy).hasSize(2);
    assertThat(readBy.get(0).get("id").asString()).isEqualTo("staff-b");
    assertThat(readBy.get(1).get("id").asString()).isEqualTo("staff-a");
    assertThat(readBy.get(1).get("at").asString())
        .isEqualTo(third.get("views").get(2).get("at").asString());
    var viewed = await(events, "inquiry.InquiryViewed", id, 3);
    assertThat(viewed).hasSize(3);
    JsonNode listed =
        InboxApi.ok(api.http().get("/api/inquiries?q=" + third.get("number").asString(), staffA()));
    assertThat(listed.get("content").get(0).get("readBy")).hasSize(2);
  }

  @Test
  void aPeekRecordsNothingAndAnOpeningDoesNotChangeTheVersion() {
    String id = api.inquiryOf(Someone.newMember());
    long version = api.peek(id).get("version").asLong();

    api.peek(id);
    JsonNode peeked = api.peek(id);
    api.detail(id, staffA());

    assertThat(peeked.get("views")).isEmpty();
    assertThat(api.peek(id).get("version").asLong()).isEqualTo(version);
    assertThat(
            events.drain(r -> InboxApi.is(r, "inquiry.InquiryViewed", id), Duration.ofSeconds(2)))
        .hasSize(1);
  }

  @Test
  void anOpenedInquiryWaitingTooLongIsAnAlertAndAnUnopenedOneIsNot() {
    String opened = api.inquiryOf(Someone.newMember());
    String unopened = api.inquiryOf(Someone.newMember());
    api.detail(opened, staffA());

    assertThat(alerted()).doesNotContain(opened);
    clock.advance(Duration.ofHours(4).plusMinutes(1));

    assertThat(alerted()).contains(opened).doesNotContain(unopened);
    api.lock(opened, staffA());
    InboxApi.ok(
        api.reply(
            opened, staffA(), api.peek(opened).get("version").asLong(), InboxApi.replyText("回答")));
    assertThat(alerted()).doesNotContain(opened);
  }

  private java.util.List<String> alerted() {
    JsonNode alerts = InboxApi.ok(api.http().get("/api/inquiries/alerts", staffA()));
    var ids = new java.util.ArrayList<String>();
    alerts.get("openedUnanswered").forEach(i -> ids.add(i.get("id").asString()));
    return ids;
  }
}
