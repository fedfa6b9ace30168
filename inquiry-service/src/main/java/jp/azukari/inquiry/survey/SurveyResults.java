package jp.azukari.inquiry.survey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.azukari.inquiry.report.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Survey answers of a date range (by the day they were answered, in the shop's time zone) grouped
 * by period, by the person who had the inquiry, or by label (an inquiry with two labels counts for
 * both; one without any in the group {@code ""}).
 */
@Service
class SurveyResults {

  /** How answers are grouped. */
  enum By {
    PERIOD,
    PERSON,
    LABEL
  }

  /** One group: number of answers, average score and how many gave each score 1 to 5. */
  record Group(String group, long answers, Double average, List<Long> scores) {}

  /** The groups, and over the whole range: surveys sent, answers and their average. */
  record Results(List<Group> groups, long sent, long answers, Double average) {}

  private final MongoTemplate mongo;
  private final ZoneId zone;

  SurveyResults(
      MongoTemplate mongo, @Value("${azukari.inquiry.time-zone:Asia/Tokyo}") ZoneId zone) {
    this.mongo = mongo;
    this.zone = zone;
  }

  Results results(LocalDate from, LocalDate to, By by, Period period) {
    var start = from.atStartOfDay(zone).toInstant();
    var end = to.plusDays(1).atStartOfDay(zone).toInstant();
    List<Survey> answered =
        mongo.find(Query.query(Criteria.where("answeredAt").gte(start).lt(end)), Survey.class);
    long sent = mongo.count(Query.query(Criteria.where("sentAt").gte(start).lt(end)), Survey.class);
    Map<String, long[]> groups = new TreeMap<>();
    long[] total = new long[6];
    for (Survey survey : answered) {
      int score = survey.score();
      total[0]++;
      total[score]++;
      for (String group : groups(survey, by, period)) {
        long[] counts = groups.computeIfAbsent(group, g -> new long[6]);
        counts[0]++;
        counts[score]++;
      }
    }
    List<Group> rows = new ArrayList<>();
    groups.forEach((group, counts) -> rows.add(group(group, counts)));
    Group all = group("", total);
    return new Results(rows, sent, all.answers(), all.average());
  }

  private List<String> groups(Survey survey, By by, Period period) {
    return switch (by) {
      case PERIOD -> List.of(period.of(survey.answeredAt().atZone(zone).toLocalDate()));
      case PERSON -> List.of(survey.assigneeName() == null ? "" : survey.assigneeName());
      case LABEL ->
          survey.labels().isEmpty() ? List.of("") : survey.labels().stream().distinct().toList();
    };
  }

  private static Group group(String name, long[] counts) {
    long sum = 0;
    for (int score = 1; score <= 5; score++) {
      sum += score * counts[score];
    }
    Double average = counts[0] == 0 ? null : Math.round(sum * 100.0 / counts[0]) / 100.0;
    return new Group(
        name, counts[0], average, List.of(counts[1], counts[2], counts[3], counts[4], counts[5]));
  }
}
