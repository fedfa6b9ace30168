package jp.azukari.audit.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.audit.record.AuditRecord;
import jp.azukari.audit.record.RecordView;
import tools.jackson.databind.json.JsonMapper;

/** The columns of an exported audit search: one row per record, times in Japan time. */
final class AuditTable {

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final List<String> HEADERS =
      List.of(
          "time",
          "type",
          "action",
          "entityType",
          "entityId",
          "actorType",
          "actorId",
          "actorName",
          "changes",
          "data",
          "correlationId",
          "eventId",
          "stream",
          "sequence",
          "hash",
          "clientAddress",
          "erasedAt");

  private AuditTable() {}

  static List<Object> row(AuditRecord record) {
    var view = RecordView.of(record);
    var changes = new ArrayList<String>();
    view.changes().forEach(c -> changes.add(c.field() + ": " + c.before() + " → " + c.after()));
    var row = new ArrayList<Object>();
    row.add(view.time() == null ? null : TIME.format(view.time().atZone(JAPAN)));
    row.add(view.type());
    row.add(view.action());
    row.add(view.entityType());
    row.add(view.entityId());
    row.add(view.actor().type() == null ? null : view.actor().type().toString());
    row.add(view.actor().id());
    row.add(view.actor().name());
    row.add(String.join("\n", changes));
    row.add(view.data() == null ? null : JSON.writeValueAsString(view.data()));
    row.add(view.correlationId());
    row.add(view.eventId());
    row.add(view.chain() == null ? null : view.chain().stream());
    row.add(view.chain() == null ? null : view.chain().sequence());
    row.add(view.chain() == null ? null : view.chain().hash());
    row.add(view.clientAddress());
    row.add(view.erased() == null ? null : TIME.format(view.erased().at().atZone(JAPAN)));
    return row;
  }
}
