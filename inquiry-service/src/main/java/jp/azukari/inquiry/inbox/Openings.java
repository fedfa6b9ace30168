package jp.azukari.inquiry.inbox;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.azukari.contracts.Actor;
import jp.azukari.platform.security.CurrentActor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Who opened which inquiry when: every opening recorded, InquiryViewed for each. */
@Service
class Openings {

  /** One opening as shown. */
  record Opening(String id, String name, java.time.Instant at) {}

  private final MongoTemplate mongo;
  private final CurrentActor currentActor;
  private final Clock clock;

  Openings(MongoTemplate mongo, CurrentActor currentActor, Clock clock) {
    this.mongo = mongo;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  void record(Inquiry inquiry) {
    Actor actor = currentActor.get();
    mongo.insert(
        new InquiryOpening(
            UUID.randomUUID().toString(),
            inquiry.id(),
            inquiry.memberId(),
            actor.id(),
            actor.name(),
            clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
  }

  /** Every opening of the inquiry, oldest first. */
  List<Opening> of(String inquiryId) {
    return mongo
        .find(
            Query.query(Criteria.where("inquiryId").is(inquiryId)).with(Sort.by("at", "_id")),
            InquiryOpening.class)
        .stream()
        .map(o -> new Opening(o.staffId(), o.staffName(), o.at()))
        .toList();
  }

  /** The latest opening per person, oldest first. */
  static List<Opening> latestPerPerson(List<Opening> openings) {
    var latest = new LinkedHashMap<String, Opening>();
    openings.forEach(o -> latest.merge(o.id(), o, (a, b) -> b.at().isAfter(a.at()) ? b : a));
    return latest.values().stream().sorted(Comparator.comparing(Opening::at)).toList();
  }

  /** The latest opening per person of each inquiry. */
  Map<String, List<Opening>> readBy(Collection<String> inquiryIds) {
    return mongo
        .find(
            Query.query(Criteria.where("inquiryId").in(inquiryIds)).with(Sort.by("at", "_id")),
            InquiryOpening.class)
        .stream()
        .collect(
            Collectors.groupingBy(
                InquiryOpening::inquiryId,
                Collectors.collectingAndThen(
                    Collectors.mapping(
                        o -> new Opening(o.staffId(), o.staffName(), o.at()), Collectors.toList()),
                    Openings::latestPerPerson)));
  }

  /** Those of the inquiries that someone opened. */
  Set<String> opened(Collection<String> inquiryIds) {
    return mongo
        .findDistinct(
            Query.query(Criteria.where("inquiryId").in(inquiryIds)),
            "inquiryId",
            InquiryOpening.class,
            String.class)
        .stream()
        .collect(Collectors.toSet());
  }
}
