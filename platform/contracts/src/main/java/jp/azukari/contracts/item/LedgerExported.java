package jp.azukari.contracts.item;

import java.time.LocalDate;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff exported the transaction ledger (古物台帳), which holds personal data: who read it and for
 * which period is on the audit log.
 *
 * @param exportId the export's id
 * @param from the first acquisition date included
 * @param to the last acquisition date included
 * @param format {@code XLSX} or {@code CSV}
 * @param entryCount how many ledger entries were written
 */
@EventType("item.LedgerExported")
public record LedgerExported(
    String exportId, LocalDate from, LocalDate to, String format, long entryCount)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return exportId;
  }
}
