package jp.azukari.contracts.item;

import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.EventType;

/**
 * Staff exported items for marketplace listing.
 *
 * @param exportId the export's id
 * @param format {@code XLSX}, {@code CSV_YAHOO} or {@code CSV_GENERIC}
 * @param profile the export profile (column choice) used, may be {@code null}
 * @param itemCount how many items were written
 */
@EventType("item.ItemsExported")
public record ItemsExported(String exportId, String format, String profile, long itemCount)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return exportId;
  }
}
