package jp.azukari.inquiry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.InquiryState;
import jp.azukari.inquiry.report.ReportCalculator.GroupBy;
import org.junit.jupiter.api.Test;

/**
 * Report figures against values computed by hand. Times are UTC; the shop's days are in Tokyo
 * (UTC+9), so 2026-03-02T01:00Z is Monday 2 March, 10:00.
 *
 * <pre>
 * A  MAIL         received 03-02 10:00  first response +30   done +120 (03-02)   配送       佐藤
 * B  MAIL         received 03-02 11:00  first response +100  done +1440 (03-03)  配送, 急ぎ 鈴木
 * C  MEMBER_FORM  received 03-03 09:00  first response +50   open                -          佐藤
 * D  PHONE        received 03-09 09:00  first response 0     done +10 (03-09)    -          -
 * E  merged into A (left out)
 * </pre>
 */
class ReportCalculatorTest {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final LocalDate FROM = LocalDate.parse("2026-03-01");
  static final LocalDate TO = LocalDate.parse("2026-03-31");

  static InquiryRecord record(
      String id,
      Channel channel,
      String receivedAt,
      Integer firstResponseMinutes,
      Integer doneMinutes,
      List<String> labels,
      String assignee) {
    Instant received = Instant.parse(receivedAt);
    Instant first =
        firstResponseMinutes == null ? null : received.plusSeconds(60L * firstResponseMinutes);
    Instant done = doneMinutes == null ? null : received.plusSeconds(60L * doneMinutes);
    return new InquiryRecord(
        id,
        "Q-" + id,
        channel,
        null,
        received,
        first,
        received,
        first,
        done,
        done == null ? InquiryState.IN_PROGRESS : InquiryState.DONE,
        null,
        assignee,
        labels,
        null);
  }

  static final List<InquiryRecord> RECORDS =
      List.of(
          record("A", Channel.MAIL, "2026-03-02T01:00:00Z", 30, 120, List.of("配送"), "佐藤"),
          record("B", Channel.MAIL, "2026-03-02T02:00:00Z", 100, 1440, List.of("配送", "急ぎ"), "鈴木"),
          record("C", Channel.MEMBER_FORM, "2026-03-03T00:00:00Z", 50, null, List.of(), "佐藤"),
          record("D", Channel.PHONE, "2026-03-09T00:00:00Z", 0, 10, List.of(), null),
          new InquiryRecord(
              "E",
              "Q-E",
              Channel.MAIL,
              null,
              Instant.parse("2026-03-02T03:00:00Z"),
              null,
              null,
              null,
              Instant.parse("2026-03-02T04:00:00Z"),
              InquiryState.DONE,
              null,
              null,
              List.of(),
              "A"));

  List<ReportView.Row> rows(Period period, GroupBy groupBy) {
    return new ReportCalculator(TOKYO).rows(RECORDS, FROM, TO, period, groupBy);
  }

  @Test
  void daysCountArrivalsWhereTheyArriveAndResolutionsWhereTheyAreDone() {
    assertThat(rows(Period.DAY, GroupBy.NONE))
        .containsExactly(
            new ReportView.Row("2026-03-02", "all", 2, 1, 65.0, 65.0, 120.0, 120.0),
            new ReportView.Row("2026-03-03", "all", 1, 1, 50.0, 50.0, 1440.0, 1440.0),
            new ReportView.Row("2026-03-09", "all", 1, 1, 0.0, 0.0, 10.0, 10.0));
  }

  @Test
  void weeksAreNamedByTheirMondayAndTakeTheMedianOfAllTheirValues() {
    assertThat(rows(Period.WEEK, GroupBy.NONE))
        .containsExactly(
            new ReportView.Row("2026-03-02", "all", 3, 2, 50.0, 60.0, 780.0, 780.0),
            new ReportView.Row("2026-03-09", "all", 1, 1, 0.0, 0.0, 10.0, 10.0));
  }

  @Test
  void anInquiryCountsForEachOfItsLabels() {
    assertThat(rows(Period.MONTH, GroupBy.LABEL))
        .containsExactly(
            new ReportView.Row("2026-03", "", 2, 1, 25.0, 25.0, 10.0, 10.0),
            new ReportView.Row("2026-03", "急ぎ", 1, 1, 100.0, 100.0, 1440.0, 1440.0),
            new ReportView.Row("2026-03", "配送", 2, 2, 65.0, 65.0, 780.0, 780.0));
  }

  @Test
  void byPersonAndByChannel() {
    assertThat(rows(Period.MONTH, GroupBy.PERSON))
        .containsExactly(
            new ReportView.Row("2026-03", "", 1, 1, 0.0, 0.0, 10.0, 10.0),
            new ReportView.Row("2026-03", "佐藤", 2, 1, 40.0, 40.0, 120.0, 120.0),
            new ReportView.Row("2026-03", "鈴木", 1, 1, 100.0, 100.0, 1440.0, 1440.0));
    assertThat(rows(Period.MONTH, GroupBy.CHANNEL))
        .extracting(ReportView.Row::group, ReportView.Row::received)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MAIL", 2L),
            org.assertj.core.groups.Tuple.tuple("MEMBER_FORM", 1L),
            org.assertj.core.groups.Tuple.tuple("PHONE", 1L));
  }

  @Test
  void outsideTheRangeNothingCounts() {
    assertThat(
            new ReportCalculator(TOKYO)
                .rows(
                    RECORDS,
                    LocalDate.parse("2026-03-04"),
                    LocalDate.parse("2026-03-08"),
                    Period.DAY,
                    GroupBy.NONE))
        .isEmpty();
  }

  @Test
  void overdueAreOpenInquiriesWhoseCustomerWaitedLongerThanTheLimit() {
    Instant now = Instant.parse("2026-03-10T00:00:00Z");
    Instant longAgo = now.minus(Duration.ofHours(25));
    Instant recently = now.minus(Duration.ofHours(2));
    var waiting =
        new InquiryRecord(
            "F",
            "Q-F",
            Channel.MAIL,
            null,
            longAgo,
            null,
            longAgo,
            null,
            null,
            InquiryState.NEW,
            null,
            null,
            List.of(),
            null);
    var fresh =
        new InquiryRecord(
            "G",
            "Q-G",
            Channel.MAIL,
            null,
            recently,
            null,
            recently,
            null,
            null,
            InquiryState.NEW,
            null,
            null,
            List.of(),
            null);
    var answered =
        new InquiryRecord(
            "H",
            "Q-H",
            Channel.MAIL,
            null,
            longAgo,
            recently,
            longAgo,
            recently,
            null,
            InquiryState.PENDING_CUSTOMER,
            null,
            null,
            List.of(),
            null);
    var wroteAgain =
        new InquiryRecord(
            "I",
            "Q-I",
            Channel.MAIL,
            null,
            longAgo.minus(Duration.ofDays(1)),
            longAgo.minus(Duration.ofHours(20)),
            longAgo,
            longAgo.minus(Duration.ofHours(20)),
            null,
            InquiryState.IN_PROGRESS,
            null,
            null,
            List.of(),
            null);
    assertThat(
            ReportCalculator.overdue(
                List.of(waiting, fresh, answered, wroteAgain), now, Duration.ofHours(24)))
        .isEqualTo(2);
  }
}
