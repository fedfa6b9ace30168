package jp.azukari.inquiry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.InquiryLabelsChanged;
import jp.azukari.contracts.inquiry.InquiryReceived;
import jp.azukari.contracts.inquiry.InquiryReplied;
import jp.azukari.contracts.inquiry.InquiryState;
import jp.azukari.contracts.inquiry.InquiryStateChanged;
import jp.azukari.inquiry.ExtrasServiceTest;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports are computed from inquiry events at the times they happened: two inquiries in May 2020
 * (Tokyo time), first answered after 45 and 15 minutes (median and average 30), done after 3 hours
 * and 24 hours (median and average 810 minutes); a third, never answered, is open and overdue.
 */
class ReportApiTest extends ExtrasServiceTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  JsonNode report(String query) {
    var response = http.get("/api/inquiries/reports?" + query, TestIssuer.staff());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  void inquiry(String id, String label, Instant at, int replyAfter, Integer doneAfter) {
    publish(
        Topics.INQUIRY,
        new InquiryReceived(id, "Q-" + id, Channel.MAIL, null, "件名", "m1"),
        at,
        null);
    publish(Topics.INQUIRY, new InquiryLabelsChanged(id, List.of(), List.of(label)), at, "佐藤");
    if (replyAfter >= 0) {
      publish(
          Topics.INQUIRY,
          new InquiryReplied(id, "m2", "m1", null),
          at.plusSeconds(60L * replyAfter),
          "佐藤");
    }
    if (doneAfter != null) {
      publish(
          Topics.INQUIRY,
          new InquiryStateChanged(id, InquiryState.PENDING_CUSTOMER, InquiryState.DONE, null, true),
          at.plusSeconds(60L * doneAfter),
          "佐藤");
    }
  }

  @Test
  void figuresByMonthAndLabelMatchTheHandComputedOnes() {
    String label = unique("report");
    long overdueBefore = report("").get("overdue").asLong();
    inquiry(unique("a"), label, Instant.parse("2020-05-11T01:00:00Z"), 45, 180);
    inquiry(unique("b"), label, Instant.parse("2020-05-11T03:00:00Z"), 15, 1440);
    inquiry(unique("c"), label, Instant.parse("2020-05-13T03:00:00Z"), -1, null);
    String query = "from=2020-05-01&to=2020-05-31&by=month&groupBy=label";

    await()
        .atMost(WAIT)
        .until(
            () ->
                report(query)
                    .get("series")
                    .valueStream()
                    .anyMatch(
                        row ->
                            row.get("group").asString().equals(label)
                                && row.get("resolved").asLong() == 2
                                && row.get("received").asLong() == 3));
    JsonNode row =
        report(query)
            .get("series")
            .valueStream()
            .filter(r -> r.get("group").asString().equals(label))
            .findFirst()
            .orElseThrow();
    assertThat(row.get("period").asString()).isEqualTo("2020-05");
    assertThat(row.get("firstResponseMinutesMedian").asDouble()).isEqualTo(30.0);
    assertThat(row.get("firstResponseMinutesAverage").asDouble()).isEqualTo(30.0);
    assertThat(row.get("resolutionMinutesMedian").asDouble()).isEqualTo(810.0);
    assertThat(row.get("resolutionMinutesAverage").asDouble()).isEqualTo(810.0);
    assertThat(report("").get("overdue").asLong()).isEqualTo(overdueBefore + 1);

    var csv = http.get("/api/inquiries/reports.csv?" + query, TestIssuer.staff());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("2020-05," + label + ",3,2,30.0,30.0,810.0,810.0");
  }

  @Test
  void refusesABadRangeAndStrangers() {
    assertThat(
            http.get("/api/inquiries/reports?from=2020-05-02&to=2020-05-01", TestIssuer.staff())
                .statusCode())
        .isEqualTo(400);
    assertThat(http.get("/api/inquiries/reports?by=year", TestIssuer.staff()).statusCode())
        .isEqualTo(400);
    assertThat(http.get("/api/inquiries/reports", TestIssuer.member("m")).statusCode())
        .isEqualTo(403);
  }
}
