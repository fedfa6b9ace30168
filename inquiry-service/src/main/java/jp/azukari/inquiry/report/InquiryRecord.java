package jp.azukari.inquiry.report;

import java.time.Instant;
import java.util.List;
import jp.azukari.contracts.inquiry.Channel;
import jp.azukari.contracts.inquiry.InquiryState;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What reports need of one inquiry, from {@code inquiry.events}: when it arrived, when the shop
 * first answered (a reply or a phone memo; an inquiry opened by a phone call was answered on the
 * phone), when the customer last wrote and the shop last answered, when it was done (cleared when
 * reopened), who has it and its labels.
 */
@Document("report_inquiries")
record InquiryRecord(
    @Id String id,
    String number,
    Channel channel,
    String memberId,
    @Indexed Instant receivedAt,
    Instant firstResponseAt,
    Instant lastCustomerMessageAt,
    Instant lastResponseAt,
    @Indexed Instant doneAt,
    @Indexed InquiryState state,
    String assigneeId,
    String assigneeName,
    List<String> labels,
    String mergedInto) {

  boolean open() {
    return state != InquiryState.DONE && mergedInto == null;
  }

  /** The customer wrote last and nobody answered since {@code limit}. */
  boolean waitingSince(Instant limit) {
    return open()
        && lastCustomerMessageAt != null
        && (lastResponseAt == null || lastResponseAt.isBefore(lastCustomerMessageAt))
        && lastCustomerMessageAt.isBefore(limit);
  }
}
