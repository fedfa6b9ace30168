package jp.azukari.contracts.member;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;
import jp.azukari.contracts.FieldChange;

/**
 * A member's profile changed. Only changed fields are listed, by their API names ({@code
 * familyName}, {@code address.postalCode}, {@code birthDate} as {@code yyyy-MM-dd}, ...); a field
 * set for the first time has a {@code null} before value.
 */
@EventType("member.ProfileChanged")
public record ProfileChanged(String memberId, List<FieldChange> changes) implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
