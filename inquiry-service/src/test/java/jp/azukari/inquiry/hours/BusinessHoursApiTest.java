package jp.azukari.inquiry.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import jp.azukari.contracts.Topics;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class BusinessHoursApiTest {

  static final String PATH = "/api/inquiries/settings/business-hours";

  @LocalServerPort int port;
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MongoTemplate mongo;
  @Autowired EmbeddedKafkaBroker kafka;
  TestHttp http;

  @BeforeEach
  void setUp() {
    http = TestHttp.on(port);
    mongo.dropCollection(BusinessHoursSettings.class);
  }

  @Test
  void startsWithWeekdaysTenToSixInTokyoClosedOnPublicHolidays() {
    var response = http.get(PATH, TestIssuer.admin());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).isPresent();
    assertThat(response.body())
        .contains("\"timeZone\":\"Asia/Tokyo\"")
        .contains("\"MONDAY\":[{\"from\":\"10:00\",\"to\":\"18:00\"}]")
        .contains("\"SATURDAY\":[]")
        .contains("\"japanesePublicHolidays\":true")
        .contains("受付");
  }

  @Test
  void anAdminChangesTheHoursNamingTheVersionEdited() {
    String etag = http.get(PATH, TestIssuer.admin()).headers().firstValue("ETag").orElseThrow();

    var changed = put(body("09:30", "17:00", "[\"2026-12-31\"]"), etag, TestIssuer.admin());
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body())
        .contains("{\"from\":\"09:30\",\"to\":\"17:00\"}")
        .contains("\"extra\":[\"2026-12-31\"]");
    assertThat(http.get(PATH, TestIssuer.admin()).body()).contains("09:30");

    var stale = put(body("08:00", "17:00", "[]"), etag, TestIssuer.admin());
    assertThat(stale.statusCode()).isEqualTo(409);
    var missing = put(body("08:00", "17:00", "[]"), null, TestIssuer.admin());
    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(http.get(PATH, TestIssuer.admin()).body()).contains("09:30").doesNotContain("08:00");
  }

  @Test
  void aChangeIsAnnouncedWithTheAdminAndEachFieldsBeforeAndAfter() {
    String etag = http.get(PATH, TestIssuer.admin()).headers().firstValue("ETag").orElseThrow();

    assertThat(put(body("09:45", "17:15", "[]"), etag, TestIssuer.admin()).statusCode())
        .isEqualTo(200);

    try (var events = new EventsProbe(kafka.getBrokersAsString(), Topics.INQUIRY)) {
      var record =
          events
              .awaitRecords(
                  r ->
                      r.value().contains("inquiry.BusinessHoursChanged")
                          && r.value().contains("09:45-17:15"),
                  1,
                  Duration.ofSeconds(30))
              .getFirst();
      JsonNode event = JSON.readTree(record.value());
      assertThat(event.get("subject").asString()).isEqualTo("business-hours");
      assertThat(event.get("actorid").asString()).isEqualTo("admin-1");
      var fields = new ArrayList<String>();
      event.get("data").get("changes").forEach(c -> fields.add(c.get("field").asString()));
      assertThat(fields)
          .contains("week.MONDAY", "week.FRIDAY", "acknowledgement.ja.subject")
          .doesNotContain("week.SATURDAY", "timeZone", "holidays.japanesePublicHolidays");
      JsonNode monday = event.get("data").get("changes").get(fields.indexOf("week.MONDAY"));
      assertThat(monday.get("before").toString()).isEqualTo("[\"10:00-18:00\"]");
      assertThat(monday.get("after").toString()).isEqualTo("[\"09:45-17:15\"]");
    }
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStartsOrAnUnknownTimeZone() {
    String etag = http.get(PATH, TestIssuer.admin()).headers().firstValue("ETag").orElseThrow();

    assertThat(put(body("18:00", "10:00", "[]"), etag, TestIssuer.admin()).statusCode())
        .isEqualTo(400);
    assertThat(put(body("25:00", "26:00", "[]"), etag, TestIssuer.admin()).statusCode())
        .isEqualTo(400);
    assertThat(
            put(
                    body("10:00", "18:00", "[]").replace("Asia/Tokyo", "Mars/Olympus"),
                    etag,
                    TestIssuer.admin())
                .statusCode())
        .isEqualTo(400);
    assertThat(http.get(PATH, TestIssuer.admin()).body()).contains("10:00").contains("Asia/Tokyo");
  }

  @Test
  void onlyAdminsSeeAndChangeTheSettings() {
    String etag = http.get(PATH, TestIssuer.admin()).headers().firstValue("ETag").orElseThrow();
    assertThat(http.get(PATH, TestIssuer.staff()).statusCode()).isEqualTo(403);
    assertThat(http.get(PATH, TestIssuer.member("m-1")).statusCode()).isEqualTo(403);
    assertThat(put(body("09:00", "17:00", "[]"), etag, TestIssuer.staff()).statusCode())
        .isEqualTo(403);
    assertThat(http.get(PATH, null).statusCode()).isEqualTo(401);
  }

  @Test
  void listsTheYearsClosedDaysWithTheirNames() {
    String etag = http.get(PATH, TestIssuer.admin()).headers().firstValue("ETag").orElseThrow();
    put(
        body("10:00", "18:00", "[\"2026-12-31\", \"2026-11-23\", \"2027-01-02\"]"),
        etag,
        TestIssuer.admin());

    var response = http.get(PATH + "/closed-days?year=2026", TestIssuer.admin());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .startsWith("[{\"date\":\"2026-01-01\",\"name\":\"元日\",\"kind\":\"PUBLIC_HOLIDAY\"}")
        .contains("{\"date\":\"2026-05-06\",\"name\":\"休日\",\"kind\":\"PUBLIC_HOLIDAY\"}")
        .contains("{\"date\":\"2026-09-22\",\"name\":\"国民の休日\",\"kind\":\"PUBLIC_HOLIDAY\"}")
        .endsWith("{\"date\":\"2026-12-31\",\"name\":null,\"kind\":\"EXTRA\"}]")
        .doesNotContain("2027-01-02");
    // A public holiday that is also an extra day is listed once.
    assertThat(response.body().split("2026-11-23", -1)).hasSize(2);
    assertThat(http.get(PATH + "/closed-days?year=1999", TestIssuer.admin()).statusCode())
        .isEqualTo(400);
  }

  private HttpResponse<String> put(String json, String etag, String token) {
    return http.send("PUT", PATH, token, json, etag == null ? Map.of() : Map.of("If-Match", etag));
  }

  static String body(String from, String to, String extra) {
    String day = "[{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}]";
    return """
        {"timeZone": "Asia/Tokyo",
         "week": {"MONDAY": %1$s, "TUESDAY": %1$s, "WEDNESDAY": %1$s, "THURSDAY": %1$s,
                  "FRIDAY": %1$s, "SATURDAY": [], "SUNDAY": []},
         "holidays": {"japanesePublicHolidays": true, "extra": %2$s},
         "acknowledgement": {
           "ja": {"subject": "受付: {{subject}}", "text": "{{name}} 様 営業時間外です。"},
           "en": {"subject": "Received: {{subject}}", "text": "Dear {{name}}, we are closed."}}}
        """
        .formatted(day, extra);
  }
}
