package jp.azukari.contracts.member;

import java.util.List;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff downloaded everything the shop holds about a member (the privacy export); the envelope's
 * actor says who. Carries the names of the files handed out, never their content, so the audit log
 * answers "who took this member's data out, and when".
 *
 * @param memberId the member whose data was exported (also the event's subject)
 * @param files the names of the files in the export, e.g. {@code member.json}
 */
@EventType("member.PersonalDataExported")
public record PersonalDataExported(String memberId, List<String> files) implements DomainEvent {

  @Override
  public String aggregateId() {
    return memberId;
  }
}
