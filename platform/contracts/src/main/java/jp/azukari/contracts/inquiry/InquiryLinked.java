package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * An inquiry was linked to a member (automatically by address or phone, or by hand), or unlinked
 * ({@code memberId} {@code null}).
 *
 * @param inquiryId the inquiry (also the event's subject)
 * @param memberId the member now linked, may be {@code null}
 * @param previousMemberId the member linked before, may be {@code null}
 * @param automatic {@code true} when matched by address or phone, {@code false} when staff linked
 *     it
 */
@EventType("inquiry.InquiryLinked")
public record InquiryLinked(
    String inquiryId, String memberId, String previousMemberId, boolean automatic)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
