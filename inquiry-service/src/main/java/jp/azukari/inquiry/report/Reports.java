package jp.azukari.inquiry.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.contracts.inquiry.InquiryState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Reads the inquiries a report range touches (arrived or done in it) and the open ones, and hands
 * them to the {@link ReportCalculator}. An open inquiry is overdue when the customer wrote last and
 * has waited longer than {@code azukari.inquiry.overdue-after} (default 24 hours).
 */
@Service
class Reports {

  private final MongoTemplate mongo;
  private final Clock clock;
  private final ZoneId zone;
  private final Duration overdueAfter;

  Reports(
      MongoTemplate mongo,
      Clock clock,
      @Value("${azukari.inquiry.time-zone:Asia/Tokyo}") ZoneId zone,
      @Value("${azukari.inquiry.overdue-after:24h}") Duration overdueAfter) {
    this.mongo = mongo;
    this.clock = clock;
    this.zone = zone;
    this.overdueAfter = overdueAfter;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  ReportView report(LocalDate from, LocalDate to, Period period, ReportCalculator.GroupBy groupBy) {
    var start = from.atStartOfDay(zone).toInstant();
    var end = to.plusDays(1).atStartOfDay(zone).toInstant();
    List<InquiryRecord> touched =
        mongo.find(
            Query.query(
                new Criteria()
                    .orOperator(
                        Criteria.where("receivedAt").gte(start).lt(end),
                        Criteria.where("doneAt").gte(start).lt(end))),
            InquiryRecord.class);
    List<InquiryRecord> open =
        new ArrayList<>(
            mongo.find(
                Query.query(
                    Criteria.where("state").ne(InquiryState.DONE).and("mergedInto").isNull()),
                InquiryRecord.class));
    var rows = new ReportCalculator(zone).rows(touched, from, to, period, groupBy);
    return new ReportView(
        rows, open.size(), ReportCalculator.overdue(open, clock.instant(), overdueAfter));
  }
}
