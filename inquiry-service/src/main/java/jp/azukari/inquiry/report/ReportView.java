package jp.azukari.inquiry.report;

import java.util.List;

/**
 * Report figures. Received inquiries and their first-response times count in the period they
 * arrived in; resolved inquiries and their resolution times (arrival to done) in the period they
 * were done in. Times are in minutes, {@code null} where there is nothing to measure.
 */
record ReportView(List<Row> series, long open, long overdue) {

  /** One period and group. */
  record Row(
      String period,
      String group,
      long received,
      long resolved,
      Double firstResponseMinutesMedian,
      Double firstResponseMinutesAverage,
      Double resolutionMinutesMedian,
      Double resolutionMinutesAverage) {}
}
