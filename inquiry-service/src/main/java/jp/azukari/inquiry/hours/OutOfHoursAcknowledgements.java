package jp.azukari.inquiry.hours;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Has the out-of-hours acknowledgement mailed when a customer writes while the shop is closed, once
 * per conversation: the acknowledgement is stored under the inquiry's id, and the insert of a
 * second one fails on that key, also when two messages of one conversation arrive at the same time.
 */
@Component
class OutOfHoursAcknowledgements implements Acknowledgements {

  private static final Logger log = LoggerFactory.getLogger(OutOfHoursAcknowledgements.class);

  private final BusinessHours businessHours;
  private final MongoTemplate mongo;
  private final String messageIdDomain;

  OutOfHoursAcknowledgements(
      BusinessHours businessHours,
      MongoTemplate mongo,
      @Value("${azukari.inquiry.mail-domain:azukari.example}") String messageIdDomain) {
    this.businessHours = businessHours;
    this.mongo = mongo;
    this.messageIdDomain = messageIdDomain;
  }

  @Override
  public void arrived(Arrival arrival) {
    if (arrival.address() == null || arrival.address().isBlank() || arrival.inquiryId() == null) {
      return;
    }
    var settings = businessHours.current();
    if (settings.isOpenAt(arrival.at())) {
      return;
    }
    if (mongo.exists(
        Query.query(Criteria.where("_id").is(arrival.inquiryId())), AcknowledgementMail.class)) {
      return;
    }
    var text = settings.acknowledgement().in(AcknowledgementMail.language(arrival.language()));
    String mailId = UUID.randomUUID().toString();
    String messageId = "<ack-" + mailId + "@" + messageIdDomain + ">";
    try {
      mongo.insert(AcknowledgementMail.of(arrival, text, mailId, messageId, arrival.at()));
      log.info("Out-of-hours acknowledgement requested for inquiry {}", arrival.inquiryId());
    } catch (DuplicateKeyException alreadyAcknowledged) {
      // Another arrival of the same conversation got there first.
    }
  }
}
