package jp.azukari.inquiry.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Reads this package's inquiry projection for other features of the service. */
@Service
public class InquiryRecords {

  private final MongoTemplate mongo;

  InquiryRecords(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<InquiryFacts> find(String inquiryId) {
    return Optional.ofNullable(mongo.findById(inquiryId, InquiryRecord.class))
        .map(
            record ->
                new InquiryFacts(
                    record.id(),
                    record.number(),
                    record.assigneeId(),
                    record.assigneeName(),
                    record.labels() == null ? List.of() : record.labels()));
  }
}
