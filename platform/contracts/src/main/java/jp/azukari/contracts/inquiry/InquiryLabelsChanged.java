package jp.azukari.contracts.inquiry;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * An inquiry's labels changed.
 *
 * @param inquiryId the inquiry (also the event's subject)
 * @param before the labels before
 * @param after the labels after
 */
@EventType("inquiry.InquiryLabelsChanged")
public record InquiryLabelsChanged(String inquiryId, List<String> before, List<String> after)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
