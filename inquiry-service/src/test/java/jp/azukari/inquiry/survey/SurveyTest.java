package jp.azukari.inquiry.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.InquiryAssigned;
import jp.azukari.contracts.inquiry.InquiryLabelsChanged;
import jp.azukari.contracts.inquiry.InquiryMailRequested;
import jp.azukari.contracts.inquiry.InquiryReceived;
import jp.azukari.contracts.inquiry.InquiryState;
import jp.azukari.contracts.inquiry.InquiryStateChanged;
import jp.azukari.inquiry.ExtrasServiceTest;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.TestIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A done inquiry gets one survey mail with a link nobody can guess (unless staff suppressed it);
 * the customer answers once on the public page; results aggregate by person and label.
 */
class SurveyTest extends ExtrasServiceTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  EventsProbe mails;
  EventsProbe events;

  @BeforeEach
  void listen() {
    mails = new EventsProbe(String.join(",", kafka.getBootstrapServers()), Topics.INQUIRY_MAILS);
    events = new EventsProbe(String.join(",", kafka.getBootstrapServers()), Topics.INQUIRY);
  }

  @AfterEach
  void stopListening() {
    mails.close();
    events.close();
  }

  String received(String email) {
    String inquiryId = unique("inquiry");
    publish(
        Topics.INQUIRY, new InquiryReceived(inquiryId, "Q-000500", Channel.MAIL, null, "質問", "m1"));
    if (email != null) {
      replied(inquiryId, email);
    }
    return inquiryId;
  }

  void replied(String inquiryId, String email) {
    publish(
        Topics.INQUIRY_MAILS,
        new InquiryMailRequested(
            unique("mail"),
            inquiryId,
            InquiryMailRequested.Kind.REPLY,
            null,
            email,
            "田中 太郎",
            "ja",
            "Re: 質問",
            "回答",
            "<r@azukari.example>",
            null,
            List.of(),
            null));
  }

  void done(String inquiryId, boolean suppressed) {
    publish(
        Topics.INQUIRY,
        new InquiryStateChanged(
            inquiryId, InquiryState.IN_PROGRESS, InquiryState.DONE, null, suppressed));
  }

  boolean isSurvey(ConsumerRecord<String, String> record, String inquiryId) {
    return record.key().equals(inquiryId) && record.value().contains("\"SURVEY\"");
  }

  InquiryMailRequested surveyMail(String inquiryId) {
    var record = mails.awaitRecords(r -> isSurvey(r, inquiryId), 1, WAIT).getFirst();
    return envelopes.data(envelopes.fromJson(record.value()), InquiryMailRequested.class);
  }

  static String token(InquiryMailRequested mail) {
    return mail.link().substring(mail.link().lastIndexOf('/') + 1);
  }

  @Test
  void aDoneInquiryGetsOneSurveyMailWithAnUnguessableLink() {
    String email = unique("taro") + "@example.com";
    String inquiryId = received(email);
    done(inquiryId, false);
    // Reopened and done again: still one survey.
    publish(
        Topics.INQUIRY,
        new InquiryStateChanged(
            inquiryId, InquiryState.DONE, InquiryState.IN_PROGRESS, null, false));
    done(inquiryId, false);

    var mail = surveyMail(inquiryId);
    assertThat(mail.toAddress()).isEqualTo(email);
    assertThat(mail.toName()).isEqualTo("田中 太郎");
    assertThat(mail.subject()).contains("Q-000500").contains("アンケート");
    assertThat(mail.link()).matches("http://localhost:8080/survey/[A-Za-z0-9_-]{43}");
    assertThat(mail.text()).contains(mail.link());
    assertThat(mails.drain(r -> isSurvey(r, inquiryId), Duration.ofSeconds(3))).hasSize(1);
  }

  @Test
  void aSuppressedSurveyIsNotSent() {
    String inquiryId = received(unique("quiet") + "@example.com");
    done(inquiryId, true);
    assertThat(mails.drain(r -> isSurvey(r, inquiryId), Duration.ofSeconds(5))).isEmpty();
  }

  @Test
  void aSurveyWaitsForTheAddressOfALaterReply() {
    String inquiryId = received(null);
    done(inquiryId, false);
    assertThat(mails.drain(r -> isSurvey(r, inquiryId), Duration.ofSeconds(2))).isEmpty();
    String email = unique("late") + "@example.com";
    replied(inquiryId, email);
    assertThat(surveyMail(inquiryId).toAddress()).isEqualTo(email);
  }

  @Test
  void theCustomerAnswersOnceWithoutAnAccountAndResultsCountItForThePersonAndLabel() {
    String person = unique("佐藤");
    String label = unique("配送");
    String inquiryId = received(unique("answer") + "@example.com");
    publish(Topics.INQUIRY, new InquiryAssigned(inquiryId, "staff-1", person, null));
    publish(Topics.INQUIRY, new InquiryLabelsChanged(inquiryId, List.of(), List.of(label)));
    done(inquiryId, false);
    String token = token(surveyMail(inquiryId));
    String page = "/api/inquiries/survey/" + token;

    var before = http.get(page, null);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(before.body()).get("answered").asBoolean()).isFalse();
    assertThat(http.postJson(page, "{\"score\":6}", null).statusCode()).isEqualTo(400);
    var answered = http.postJson(page, "{\"score\":4,\"comment\":\"丁寧でした\"}", null);
    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(answered.body()).get("answered").asBoolean()).isTrue();
    var again = http.postJson(page, "{\"score\":1}", null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).get("code").asString()).isEqualTo("survey-answered");
    events.awaitRecords(
        r -> r.key().equals(inquiryId) && r.value().contains("inquiry.SurveyAnswered"), 1, WAIT);
    assertThat(http.get("/api/inquiries/survey/not-a-token", null).statusCode()).isEqualTo(404);

    String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
    JsonNode byPerson =
        JSON.readTree(
            http.get(
                    "/api/inquiries/survey/results?by=person&from=" + today + "&to=" + today,
                    TestIssuer.staff())
                .body());
    JsonNode mine =
        byPerson
            .get("groups")
            .valueStream()
            .filter(g -> g.get("group").asString().equals(person))
            .findFirst()
            .orElseThrow();
    assertThat(mine.get("answers").asLong()).isEqualTo(1);
    assertThat(mine.get("average").asDouble()).isEqualTo(4.0);
    assertThat(mine.get("scores").valueStream().map(JsonNode::asLong).toList())
        .containsExactly(0L, 0L, 0L, 1L, 0L);

    var csv = http.get("/api/inquiries/survey/results.csv?by=label", TestIssuer.staff());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).contains(label + ",1,4.0,0,0,0,1,0");
    assertThat(http.get("/api/inquiries/survey/results", TestIssuer.member("m")).statusCode())
        .isEqualTo(403);
  }
}
