package jp.azukari.inquiry.inbox;

import static jp.azukari.inquiry.inbox.InboxApi.json;
import static jp.azukari.inquiry.inbox.InboxApi.ok;
import static jp.azukari.inquiry.inbox.InboxApi.staffA;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The public form takes inquiries without an account, behind a challenge, a rate limit per client
 * address (3 per window in tests) and size limits; names and subjects are single lines, so nothing
 * can be smuggled into a mail header.
 */
@InboxTest
class GuestFormTest {

  static final Pattern SUM = Pattern.compile("(\\d+)\\D+(\\d+)");

  @LocalServerPort int port;
  @Autowired RecordingAcknowledgements acknowledgements;

  InboxApi api;
  String client;

  @BeforeEach
  void setUp() {
    api = new InboxApi(TestHttp.on(port));
    client =
        "198.51.100."
            + (1 + Math.abs(UUID.randomUUID().hashCode()) % 250)
            + "-"
            + UUID.randomUUID();
  }

  JsonNode challenge(String lang) {
    return ok(api.http().get("/api/inquiries/guest/challenge?lang=" + lang, null));
  }

  static String answer(JsonNode challenge) {
    var matcher = SUM.matcher(challenge.get("question").asString());
    assertThat(matcher.find()).isTrue();
    return String.valueOf(Integer.parseInt(matcher.group(1)) + Integer.parseInt(matcher.group(2)));
  }

  Map<String, Object> form(String subject, String text) {
    JsonNode challenge = challenge("ja");
    var input = new HashMap<String, Object>();
    input.put("name", "田中 次郎");
    input.put("email", "jiro-" + UUID.randomUUID() + "@example.net");
    input.put("subject", subject);
    input.put("text", text);
    input.put("challengeId", challenge.get("id").asString());
    input.put("answer", answer(challenge));
    return input;
  }

  HttpResponse<String> submit(Map<String, Object> input) {
    return api.http()
        .send(
            "POST",
            "/api/inquiries/guest",
            null,
            InboxApi.body(input),
            Map.of("X-Forwarded-For", "203.0.113.9, " + client));
  }

  @Test
  void aGuestAsksWithoutAnAccountAndStaffSeeItInTheInbox() {
    var input = form("営業時間について", "土曜日は営業していますか？");
    input.put("phone", "03-1234-5678");

    var response = submit(input);

    assertThat(response.statusCode()).isEqualTo(202);
    String number = json(response).get("number").asString();
    JsonNode listed = ok(api.http().get("/api/inquiries?q=" + number, staffA()));
    JsonNode inquiry = listed.get("content").get(0);
    assertThat(inquiry.get("channel").asString()).isEqualTo("GUEST_FORM");
    assertThat(inquiry.get("customer").get("email").asString()).isEqualTo(input.get("email"));
    assertThat(inquiry.get("customer").get("phone").asString()).isEqualTo("0312345678");
    assertThat(acknowledgements.of(inquiry.get("id").asString())).hasSize(1);
  }

  @Test
  void theChallengeIsAskedInTheGuestsLanguage() {
    assertThat(challenge("en").get("question").asString()).startsWith("What is");
    assertThat(challenge("ja").get("question").asString()).contains("たす");
  }

  @Test
  void aWrongOrReusedAnswerIsRefused() {
    var input = form("件名", "本文");
    String right = (String) input.get("answer");
    input.put("answer", String.valueOf(Integer.parseInt(right) + 1));
    var wrong = submit(input);
    input.put("answer", right);
    var reused = submit(input);

    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(json(wrong).get("code").asString()).isEqualTo("challenge-failed");
    assertThat(reused.statusCode()).isEqualTo(400);
  }

  @Test
  void lineBreaksInNameOrSubjectAndOversizedTextAreRefused() {
    var injected = form("件名\r\nBcc: victim@example.com", "本文");
    var badName = form("件名", "本文");
    badName.put("name", "田中\nBcc: victim@example.com");
    var badAddress = form("件名", "本文");
    badAddress.put("email", "a@example.com\r\nBcc: victim@example.com");
    var tooLong = form("件名", "あ".repeat(5_001));
    var longSubject = form("件".repeat(201), "本文");

    for (var input : java.util.List.of(injected, badName, badAddress, tooLong, longSubject)) {
      var response = submit(input);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    }
    assertThat(submit(form("件名", "あ".repeat(5_000))).statusCode()).isEqualTo(202);
  }

  @Test
  void tooManySubmissionsFromOneAddressAreRefusedWith429() {
    for (int i = 0; i < 3; i++) {
      assertThat(submit(form("件名" + i, "本文")).statusCode()).isEqualTo(202);
    }

    var fourth = submit(form("件名4", "本文"));

    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(json(fourth).get("code").asString()).isEqualTo("too-many-inquiries");
    client = client + "-other";
    assertThat(submit(form("別の人", "本文")).statusCode()).isEqualTo(202);
  }
}
