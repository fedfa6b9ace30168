package jp.azukari.inquiry.inbox;

import java.time.Instant;
import jp.azukari.contracts.inquiry.InquiryViewed;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One time a staff member opened an inquiry. A document of its own per opening, so recording it
 * never collides with an edit of the inquiry (nor changes its version).
 */
@Document("inquiry_views")
@CompoundIndex(name = "inquiry_at", def = "{'inquiryId': 1, 'at': 1}")
class InquiryOpening extends OutboxAggregate {

  @Id private String id;
  private String inquiryId;
  private String staffId;
  private String staffName;
  private Instant at;

  protected InquiryOpening() {}

  InquiryOpening(
      String id, String inquiryId, String memberId, String staffId, String staffName, Instant at) {
    this.id = id;
    this.inquiryId = inquiryId;
    this.staffId = staffId;
    this.staffName = staffName;
    this.at = at;
    registerEvent(new InquiryViewed(inquiryId, memberId));
  }

  String inquiryId() {
    return inquiryId;
  }

  String staffId() {
    return staffId;
  }

  String staffName() {
    return staffName;
  }

  Instant at() {
    return at;
  }
}
