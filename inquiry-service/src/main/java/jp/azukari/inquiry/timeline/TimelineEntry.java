package jp.azukari.inquiry.timeline;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of a customer's timeline, stored under the id of the event it came from (so a
 * redelivered event writes the same line again). Lines about an inquiry carry the inquiry id and
 * are found through the inquiry's customer, which may change when it is linked by hand; lines about
 * a request or a mail about one carry the member id.
 */
@Document("timeline_entries")
record TimelineEntry(
    @Id String id,
    @Indexed String inquiryId,
    @Indexed String memberId,
    Instant at,
    Kind kind,
    String title,
    String detail,
    String linkType,
    String linkId) {

  /** What happened. */
  enum Kind {
    INQUIRY,
    CUSTOMER_MESSAGE,
    REPLY,
    PHONE_MEMO,
    REQUEST,
    REQUEST_STATUS,
    MAIL_SENT,
    MAIL_FAILED
  }
}
