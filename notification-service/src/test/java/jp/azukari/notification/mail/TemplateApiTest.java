package jp.azukari.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.workflow.MemberMail;
import jp.azukari.contracts.workflow.RequestStatusChanged;
import jp.azukari.notification.recipient.MailRecipients;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admins edit the mail templates in the console: listed with their placeholders, saved with
 * If-Match after a check, previewed as drafts with sample data, test-sent, reset to the default;
 * the next mail of the kind uses the saved template.
 */
class TemplateApiTest extends MailServiceTest {

  static final String BASE = "/api/notifications/templates";
  static final String ADMIN_EMAIL = "admin-" + UUID.randomUUID() + "@azukari.example";
  static final String ADMIN =
      TestIssuer.user("admin-1", "高橋 三郎", "staff", "admin").email(ADMIN_EMAIL, true).encode();

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired MailRecipients recipients;
  TestHttp http;
  EventsProbe events;

  @BeforeEach
  void api() {
    http = TestHttp.on(port);
    events = new EventsProbe(String.join(",", kafka.getBootstrapServers()), Topics.NOTIFICATION);
  }

  @AfterEach
  void closeProbe() {
    // Every test starts from the shipped defaults.
    http.send("DELETE", BASE + "/request-status/ja", ADMIN, null, Map.of());
    events.close();
  }

  JsonNode body(java.net.http.HttpResponse<String> response) {
    return json.readTree(response.body());
  }

  java.net.http.HttpResponse<String> save(String etag, String subject, String text, String html) {
    return http.send(
        "PUT",
        BASE + "/request-status/ja",
        ADMIN,
        json.writeValueAsString(Map.of("subject", subject, "text", text, "html", html)),
        etag == null ? Map.of() : Map.of("If-Match", etag));
  }

  @Test
  void listsEveryKindAndLanguageWithItsPlaceholdersForAdminsOnly() {
    var response = http.get(BASE, ADMIN);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode all = body(response);
    assertThat(all.size()).isEqualTo(14);
    JsonNode status = null;
    for (JsonNode template : all) {
      if (template.get("kind").asString().equals("request-status")
          && template.get("language").asString().equals("ja")) {
        status = template;
      }
    }
    assertThat(status).isNotNull();
    assertThat(status.get("subject").asString()).contains("{{number}}");
    assertThat(status.get("placeholders").toString())
        .contains("\"name\":\"statusLabel\"")
        .contains("キットを発送しました");
    assertThat(http.get(BASE, TestIssuer.staff()).statusCode()).isEqualTo(403);
    assertThat(http.get(BASE, TestIssuer.member("m-1")).statusCode()).isEqualTo(403);
  }

  @Test
  void aSavedTemplateIsUsedForTheNextMailAndAnnounced() throws Exception {
    var current = http.get(BASE + "/request-status/ja", ADMIN);
    String etag = current.headers().firstValue("ETag").orElseThrow();

    var saved =
        save(
            etag,
            "【テスト】{{number}}：{{statusLabel}}",
            "{{name}} 様、{{statusLabel}}。",
            "<p>{{name}} 様、<b>{{statusLabel}}</b></p>");

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(body(saved).get("updatedBy").asString()).isEqualTo("高橋 三郎");
    assertThat(saved.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    events.awaitRecords(
        r -> r.key().equals("request-status.ja") && r.value().contains("TemplateChanged"), 1, WAIT);

    String email = uniqueEmail();
    String memberId = "member-" + UUID.randomUUID();
    publish(Topics.MEMBER, new MemberCreated(memberId, email, "ACTIVE", "WEB", true));
    await().atMost(WAIT).until(() -> recipients.find(memberId).isPresent());
    publish(
        Topics.WORKFLOW,
        new RequestStatusChanged(
            "request-1",
            "R-000777",
            memberId,
            "KIT",
            "A",
            "KIT_SENT",
            null,
            false,
            new MemberMail("request-status", Map.of("ja", "<発送>"))));

    var mail = awaitOneMailTo(email);
    assertThat(mail.getSubject()).isEqualTo("【テスト】R-000777：<発送>");
    assertThat(html(mail)).contains("<b>&lt;発送&gt;</b>");
  }

  @Test
  void refusesUnknownPlaceholdersAndBrokenTemplatesAndChangesNothing() {
    String etag = http.get(BASE + "/request-status/ja", ADMIN).headers().firstValue("ETag").get();

    var unknown = save(etag, "{{number}}", "{{points}} ポイント", "<p></p>");
    var broken = save(etag, "{{number}}", "{{#name}}", "<p></p>");

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(body(unknown).get("code").asString()).isEqualTo("unknown-placeholder");
    assertThat(body(unknown).get("placeholder").asString()).isEqualTo("points");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(body(broken).get("code").asString()).isEqualTo("template-syntax");
    var after = http.get(BASE + "/request-status/ja", ADMIN);
    assertThat(after.headers().firstValue("ETag").get()).isEqualTo(etag);
    assertThat(body(after).get("text").asString()).doesNotContain("points");
  }

  @Test
  void savingNeedsTheVersionLastSeen() {
    String etag = http.get(BASE + "/request-status/ja", ADMIN).headers().firstValue("ETag").get();
    assertThat(save(null, "a", "b", "c").statusCode()).isEqualTo(428);
    assertThat(save(etag, "{{number}}", "b", "c").statusCode()).isEqualTo(200);
    assertThat(save(etag, "{{number}} again", "b", "c").statusCode()).isEqualTo(409);
  }

  @Test
  void previewsADraftWithSampleDataWithoutSavingIt() {
    var preview =
        http.postJson(
            BASE + "/request-status/ja/preview",
            json.writeValueAsString(
                Map.of(
                    "subject", "{{number}} の状況",
                    "text", "{{name}} 様",
                    "html", "<p>{{name}} 様 {{statusLabel}}</p>")),
            ADMIN);

    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(body(preview).get("subject").asString()).isEqualTo("R-000123 の状況");
    assertThat(body(preview).get("text").asString()).isEqualTo("山田 花子 様");
    assertThat(body(preview).get("html").asString()).isEqualTo("<p>山田 花子 様 キットを発送しました</p>");
    assertThat(body(http.get(BASE + "/request-status/ja", ADMIN)).get("text").asString())
        .doesNotContain("{{name}} 様\n");
    var bad =
        http.postJson(
            BASE + "/request-status/ja/preview",
            json.writeValueAsString(Map.of("subject", "{{nope}}", "text", "", "html", "")),
            ADMIN);
    assertThat(body(bad).get("code").asString()).isEqualTo("unknown-placeholder");
  }

  @Test
  void aTestMailGoesToTheAdminsOwnAddressWithSampleData() throws Exception {
    var sent = http.postJson(BASE + "/verification-result/ja/test-send", "{}", ADMIN);

    assertThat(sent.statusCode()).isEqualTo(202);
    var mail = awaitOneMailTo(ADMIN_EMAIL);
    assertThat(mail.getSubject()).contains("本人確認");
    assertThat(text(mail)).contains("山田 花子 様");
    String other = uniqueEmail();
    assertThat(
            http.postJson(
                    BASE + "/verification-result/en/test-send", "{\"to\":\"" + other + "\"}", ADMIN)
                .statusCode())
        .isEqualTo(202);
    assertThat(awaitOneMailTo(other).getSubject()).startsWith("[Azukari] Identity verification");
  }

  @Test
  void resetPutsTheShippedDefaultBack() {
    String etag = http.get(BASE + "/request-status/ja", ADMIN).headers().firstValue("ETag").get();
    save(etag, "{{number}}", "changed", "changed");

    var reset = http.send("DELETE", BASE + "/request-status/ja", ADMIN, null, Map.of());

    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(body(reset).get("text").asString()).contains("{{statusLabel}}");
    events.awaitRecords(
        r -> r.key().equals("request-status.ja") && r.value().contains("TemplateReset"), 1, WAIT);
  }

  @Test
  void anUnknownKindOrLanguageIsNotFound() {
    assertThat(http.get(BASE + "/newsletter/ja", ADMIN).statusCode()).isEqualTo(404);
    assertThat(http.get(BASE + "/request-status/fr", ADMIN).statusCode()).isEqualTo(404);
  }
}
