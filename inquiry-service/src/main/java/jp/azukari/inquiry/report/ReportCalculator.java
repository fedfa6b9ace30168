package jp.azukari.inquiry.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes report rows from inquiry records: a pure function of its input, so figures can be
 * checked against hand-computed values. Dates are calendar dates in the shop's time zone; a period
 * between {@code from} and {@code to} (both included).
 */
final class ReportCalculator {

  /** Group rows by nothing (one group, {@code all}), label, person or channel. */
  enum GroupBy {
    NONE,
    LABEL,
    PERSON,
    CHANNEL;

    static GroupBy parse(String value) {
      return value == null || value.isBlank() ? NONE : valueOf(value.strip().toUpperCase());
    }
  }

  static final String ALL = "all";

  private final ZoneId zone;

  ReportCalculator(ZoneId zone) {
    this.zone = zone;
  }

  List<ReportView.Row> rows(
      List<InquiryRecord> records, LocalDate from, LocalDate to, Period period, GroupBy groupBy) {
    Map<String, Map<String, Bucket>> buckets = new TreeMap<>();
    for (InquiryRecord record : records) {
      if (record.mergedInto() != null) {
        continue;
      }
      LocalDate received = date(record.receivedAt());
      if (received != null && !received.isBefore(from) && !received.isAfter(to)) {
        for (String group : groups(record, groupBy)) {
          Bucket bucket = bucket(buckets, period.of(received), group);
          bucket.received++;
          if (record.firstResponseAt() != null) {
            bucket.firstResponses.add(minutes(record.receivedAt(), record.firstResponseAt()));
          }
        }
      }
      LocalDate done = date(record.doneAt());
      if (done != null
          && record.receivedAt() != null
          && !done.isBefore(from)
          && !done.isAfter(to)) {
        for (String group : groups(record, groupBy)) {
          Bucket bucket = bucket(buckets, period.of(done), group);
          bucket.resolved++;
          bucket.resolutions.add(minutes(record.receivedAt(), record.doneAt()));
        }
      }
    }
    List<ReportView.Row> rows = new ArrayList<>();
    buckets.forEach(
        (name, groups) ->
            groups.forEach(
                (group, bucket) ->
                    rows.add(
                        new ReportView.Row(
                            name,
                            group,
                            bucket.received,
                            bucket.resolved,
                            median(bucket.firstResponses),
                            average(bucket.firstResponses),
                            median(bucket.resolutions),
                            average(bucket.resolutions)))));
    return rows;
  }

  private LocalDate date(Instant instant) {
    return instant == null ? null : instant.atZone(zone).toLocalDate();
  }

  private static Bucket bucket(
      Map<String, Map<String, Bucket>> buckets, String period, String group) {
    return buckets
        .computeIfAbsent(period, p -> new TreeMap<>())
        .computeIfAbsent(group, g -> new Bucket());
  }

  private static List<String> groups(InquiryRecord record, GroupBy groupBy) {
    Function<String, String> orNone = value -> value == null || value.isBlank() ? "" : value;
    return switch (groupBy) {
      case NONE -> List.of(ALL);
      case LABEL ->
          record.labels() == null || record.labels().isEmpty()
              ? List.of("")
              : record.labels().stream().distinct().toList();
      case PERSON -> List.of(orNone.apply(record.assigneeName()));
      case CHANNEL -> List.of(record.channel() == null ? "" : record.channel().name());
    };
  }

  static double minutes(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds() / 60.0;
  }

  /** The middle value; the mean of the two middle values of an even count. */
  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
    int middle = sorted.size() / 2;
    double median =
        sorted.size() % 2 == 1
            ? sorted.get(middle)
            : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    return round(median);
  }

  static Double average(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    return round(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
  }

  /** One decimal place: a tenth of a minute is finer than anyone reads these. */
  private static double round(double minutes) {
    return Math.round(minutes * 10) / 10.0;
  }

  static long overdue(List<InquiryRecord> open, Instant now, Duration after) {
    Instant limit = now.minus(after);
    return open.stream().filter(record -> record.waitingSince(limit)).count();
  }

  private static final class Bucket {
    long received;
    long resolved;
    final List<Double> firstResponses = new ArrayList<>();
    final List<Double> resolutions = new ArrayList<>();
  }
}
