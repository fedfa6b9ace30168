package jp.azukari.contracts.inquiry;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * An admin changed the shop's business hours, closed days or out-of-hours acknowledgement texts;
 * the envelope's actor says who.
 *
 * @param settingsId the settings document (also the event's subject)
 * @param changes each changed field's before and after (e.g. {@code week.MONDAY}, {@code
 *     holidays.extra}, {@code acknowledgement.ja.subject})
 */
@EventType("inquiry.BusinessHoursChanged")
public record BusinessHoursChanged(String settingsId, List<FieldChange> changes)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return settingsId;
  }
}
