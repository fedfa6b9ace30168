package jp.azukari.member.profile;

import java.time.Instant;
import java.util.UUID;
import jp.azukari.contracts.member.MemberRecordViewed;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One look by staff at a member's record. Each look is its own record, written once, so looking
 * never conflicts with an edit of the member; its event tells the audit log who looked, and when.
 */
@Document("member_record_viewings")
class MemberRecordViewing extends OutboxAggregate {

  @Id private String id;
  private String memberId;
  private Instant viewedAt;

  protected MemberRecordViewing() {}

  static MemberRecordViewing of(String memberId, Instant now) {
    var viewing = new MemberRecordViewing();
    viewing.id = UUID.randomUUID().toString();
    viewing.memberId = memberId;
    viewing.viewedAt = now;
    viewing.registerEvent(new MemberRecordViewed(memberId));
    return viewing;
  }
}
