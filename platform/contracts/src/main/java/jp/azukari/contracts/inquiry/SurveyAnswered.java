package jp.azukari.contracts.inquiry;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A customer answered the satisfaction survey of a closed inquiry.
 *
 * @param inquiryId the inquiry (also the event's subject)
 * @param score 1 (bad) to 5 (very good)
 */
@EventType("inquiry.SurveyAnswered")
public record SurveyAnswered(String inquiryId, int score) implements DomainEvent {

  @Override
  public String aggregateId() {
    return inquiryId;
  }
}
