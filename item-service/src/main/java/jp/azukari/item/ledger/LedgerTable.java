package jp.azukari.item.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.azukari.item.export.Cells;
import jp.azukari.item.export.ExportTable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The ledger of a period as a table, in the columns of a 古物台帳: date, kind of transaction, item
 * (品目), features, quantity, the counterparty's name, address, occupation and age, how identity was
 * verified and when, then the shop's own references.
 */
final class LedgerTable implements ExportTable {

  static final List<String> HEADERS =
      List.of(
          "取引年月日",
          "区別",
          "品目",
          "特徴",
          "数量",
          "相手方氏名",
          "相手方氏名（カナ）",
          "相手方住所",
          "相手方職業",
          "相手方年齢",
          "確認方法",
          "確認日",
          "管理番号",
          "申込番号",
          "会員ID",
          "訂正");

  private final MongoTemplate mongo;
  private final Query query;

  LedgerTable(MongoTemplate mongo, Query query) {
    this.mongo = mongo;
    this.query = query;
  }

  @Override
  public List<String> headers() {
    return HEADERS;
  }

  @Override
  public long count() {
    return mongo.count(Query.of(query), LedgerEntry.class);
  }

  @Override
  public Stream<List<Object>> rows() {
    return mongo.stream(Query.of(query).cursorBatchSize(500), LedgerEntry.class)
        .map(LedgerTable::row);
  }

  static List<Object> row(LedgerEntry entry) {
    LedgerEntryView view = LedgerEntryView.of(entry);
    var cells = new ArrayList<Object>(HEADERS.size());
    cells.add(view.acquiredOn().toString());
    cells.add(
        LedgerEntry.CONSIGNMENT.equals(view.transactionType()) ? "受託" : view.transactionType());
    cells.add(view.description());
    cells.add(view.features());
    cells.add(view.quantity());
    var counterparty = view.counterparty();
    cells.add(counterparty == null ? null : counterparty.name());
    cells.add(counterparty == null ? null : counterparty.nameKana());
    cells.add(counterparty == null ? null : counterparty.address());
    cells.add(counterparty == null ? null : counterparty.occupation());
    cells.add(
        counterparty == null || counterparty.age() == null ? null : (long) counterparty.age());
    var verification = view.identityVerification();
    cells.add(verification == null ? "未確認" : verification.method());
    cells.add(
        verification == null || verification.verifiedOn() == null
            ? null
            : verification.verifiedOn().toString());
    cells.add(view.itemNumber());
    cells.add(view.requestNumber());
    cells.add(view.memberId());
    cells.add(corrections(entry));
    return cells;
  }

  private static String corrections(LedgerEntry entry) {
    if (entry.corrections().isEmpty()) {
      return null;
    }
    var text = new StringBuilder();
    for (LedgerEntry.Correction correction : entry.corrections()) {
      if (!text.isEmpty()) {
        text.append(" / ");
      }
      text.append(Cells.dateTime(correction.at()))
          .append(' ')
          .append(correction.field())
          .append(": ")
          .append(correction.before() == null ? "" : correction.before())
          .append(" → ")
          .append(correction.after() == null ? "" : correction.after());
    }
    return text.toString();
  }
}
