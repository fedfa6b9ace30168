package jp.azukari.inquiry.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.InquiryReceived;
import jp.azukari.contracts.inquiry.ReplyTemplateChanged;
import jp.azukari.contracts.item.ItemCreated;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.workflow.MemberMail;
import jp.azukari.contracts.workflow.RequestCreated;
import jp.azukari.contracts.workflow.RequestStatusChanged;
import jp.azukari.inquiry.ExtrasServiceTest;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reply templates are the team's: any staff member creates, edits (naming the version) and removes
 * them, every change announced with its fields; placeholders are checked on save and filled from
 * live data; suggestions put the best match first.
 */
class TemplateApiTest extends ExtrasServiceTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static String content(String name, String body) {
    return JSON.writeValueAsString(
        Map.of("name", name, "category", "テスト", "body", body, "keywords", List.of("テスト")));
  }

  JsonNode json(String body) {
    return JSON.readTree(body);
  }

  @Test
  void theDefaultTemplatesAreThereByCategory() {
    var all = json(http.get("/api/inquiries/templates", TestIssuer.staff()).body());
    assertThat(all.valueStream().map(t -> t.get("name").asString()))
        .contains("梱包キットのご案内", "お支払い時期のご案内", "お品物の状況のご案内", "ご登録住所の変更", "キャンセル・返却のご案内");
    var kits =
        json(
            http.get(
                    "/api/inquiries/templates?category="
                        + java.net.URLEncoder.encode(
                            "キット", java.nio.charset.StandardCharsets.UTF_8),
                    TestIssuer.staff())
                .body());
    assertThat(kits.valueStream().map(t -> t.get("category").asString())).containsOnly("キット");
  }

  @Test
  void staffCreateEditAndRemoveATemplateNamingTheVersionTheyEdited() {
    try (var probe =
        new EventsProbe(String.join(",", kafka.getBootstrapServers()), Topics.INQUIRY)) {
      var created =
          http.postJson(
              "/api/inquiries/templates",
              content(unique("挨拶"), "{{customerName}} 様 こんにちは"),
              TestIssuer.staff());
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(created.headers().firstValue("ETag")).contains("\"0\"");
      String id = json(created.body()).get("id").asString();
      String path = "/api/inquiries/templates/" + id;
      String edited = content("挨拶（改）", "{{customerName}} 様 いつもありがとうございます");

      assertThat(http.send("PUT", path, TestIssuer.staff(), edited, Map.of()).statusCode())
          .isEqualTo(428);
      assertThat(
              http.send("PUT", path, TestIssuer.staff(), edited, Map.of("If-Match", "\"7\""))
                  .statusCode())
          .isEqualTo(409);
      var ok = http.send("PUT", path, TestIssuer.staff(), edited, Map.of("If-Match", "\"0\""));
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(json(ok.body()).get("name").asString()).isEqualTo("挨拶（改）");
      assertThat(json(ok.body()).get("version").asLong()).isEqualTo(1);

      var events =
          probe.awaitRecords(
              r -> r.key().equals(id) && r.value().contains("inquiry.ReplyTemplateChanged"),
              2,
              WAIT);
      var edit =
          envelopes.data(envelopes.fromJson(events.get(1).value()), ReplyTemplateChanged.class);
      assertThat(edit.changes())
          .extracting(FieldChange::field)
          .containsExactlyInAnyOrder("name", "body");
      assertThat(edit.removed()).isFalse();

      var removed =
          http.send("DELETE", path, TestIssuer.staff(), null, Map.of("If-Match", "\"1\""));
      assertThat(removed.statusCode()).isEqualTo(204);
      assertThat(http.get(path, TestIssuer.staff()).statusCode()).isEqualTo(404);
      probe.awaitRecords(
          r -> r.key().equals(id) && r.value().contains("\"removed\":true"), 1, WAIT);
    }
  }

  @Test
  void anUnknownPlaceholderIsRefusedByNameAndNothingIsStored() {
    String name = unique("不明");
    var response =
        http.postJson(
            "/api/inquiries/templates",
            content(name, "{{customerName}} 様 {{orderDate}} にお送りしました"),
            TestIssuer.staff());
    assertThat(response.statusCode()).isEqualTo(400);
    var problem = json(response.body());
    assertThat(problem.get("code").asString()).isEqualTo("unknown-placeholder");
    assertThat(problem.get("detail").asString()).contains("{{orderDate}}");
    assertThat(problem.get("placeholders").get(0).asString()).isEqualTo("orderDate");
    assertThat(http.get("/api/inquiries/templates", TestIssuer.staff()).body())
        .doesNotContain(name);
  }

  @Test
  void membersCannotUseTemplates() {
    assertThat(http.get("/api/inquiries/templates", TestIssuer.member("m")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void aTemplateIsFilledFromTheCustomersLiveData() {
    String memberId = unique("member");
    String requestId = unique("request");
    String inquiryId = unique("inquiry");
    publish(
        Topics.MEMBER,
        new MemberCreated(memberId, unique("m") + "@example.com", "ACTIVE", "WEB", true));
    publish(
        Topics.MEMBER,
        new ProfileChanged(
            memberId,
            List.of(
                new FieldChange("familyName", null, "山田"),
                new FieldChange("givenName", null, "花子"))));
    publish(
        Topics.WORKFLOW,
        new RequestCreated(requestId, "R-000777", memberId, "CONSIGNMENT", "RECEIVED", "WEB", null),
        Instant.now().minusSeconds(60),
        null);
    publish(
        Topics.WORKFLOW,
        new RequestStatusChanged(
            requestId,
            "R-000777",
            memberId,
            "CONSIGNMENT",
            "RECEIVED",
            "APPRAISING",
            null,
            true,
            new MemberMail("request-status", Map.of("ja", "査定中", "en", "Appraising"))));
    publish(
        Topics.ITEM,
        new ItemCreated(
            unique("item-1"),
            "I-1",
            requestId,
            memberId,
            List.of(new FieldChange("name", null, "着物"))));
    publish(
        Topics.ITEM,
        new ItemCreated(
            unique("item-2"),
            "I-2",
            requestId,
            memberId,
            List.of(new FieldChange("name", null, "帯"))));
    publish(
        Topics.INQUIRY,
        new InquiryReceived(inquiryId, "Q-000777", Channel.MEMBER_FORM, memberId, "状況", "m1"));
    var created =
        http.postJson(
            "/api/inquiries/templates",
            content(
                unique("全部"),
                "{{customerName}} 様 {{requestNumber}} の{{itemNames}}は「{{status}}」です。{{shopName}}"),
            TestIssuer.staff());
    String templateId = json(created.body()).get("id").asString();
    String path = "/api/inquiries/" + inquiryId + "/templates/" + templateId + "/render";

    String expected = "山田 花子 様 R-000777 の着物、帯は「査定中」です。Azukari";
    await()
        .atMost(WAIT)
        .until(
            () -> {
              var rendered = http.postJson(path, null, TestIssuer.staff());
              return rendered.statusCode() == 200
                  && json(rendered.body()).get("text").asString().equals(expected);
            });
  }

  @Test
  void suggestionsPutTheBestMatchFirst() {
    var response =
        http.postJson(
            "/api/inquiries/template-suggestions",
            JSON.writeValueAsString(Map.of("subject", "入金はいつですか", "body", "売れた商品の代金はいつ振り込まれますか。")),
            TestIssuer.staff());
    assertThat(response.statusCode()).isEqualTo(200);
    var suggestions = json(response.body());
    assertThat(suggestions.get(0).get("name").asString()).isEqualTo("お支払い時期のご案内");
    assertThat(suggestions.get(0).get("score").asDouble())
        .isGreaterThan(suggestions.get(1).get("score").asDouble());
  }
}
