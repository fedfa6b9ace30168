package jp.azukari.contracts.member;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * A bulk import run ended. The members it created or changed announced that themselves.
 *
 * @param importId the import's id
 * @param dryRun whether the run only reported what it would do
 * @param state {@code DONE}, or {@code FAILED} when the file could not be read to its end
 * @param rowsRead data rows read (the header not counted)
 * @param created members created (or that would be, in a dry run)
 * @param updated members whose profile changed (or would)
 * @param unchanged rows that matched a member and changed nothing
 * @param rejected rows refused, each with its reasons in the import's report
 * @param failure why the run failed; {@code null} when it did not
 */
@EventType("member.ImportFinished")
public record ImportFinished(
    String importId,
    boolean dryRun,
    String state,
    long rowsRead,
    long created,
    long updated,
    long unchanged,
    long rejected,
    String failure)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return importId;
  }
}
