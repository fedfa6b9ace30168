package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff started a bulk import of existing customers, as a dry run (nothing is changed, only
 * reported) or for real.
 *
 * @param importId the import's id
 * @param fileName the uploaded file's name as the staff member's computer had it
 * @param format {@code CSV} or {@code XLSX}
 * @param dryRun whether this run only reports what it would do
 */
@EventType("member.ImportStarted")
public record ImportStarted(String importId, String fileName, String format, boolean dryRun)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return importId;
  }
}
