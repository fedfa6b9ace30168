package jp.azukari.item.export;

import java.util.List;
import java.util.stream.Stream;
import jp.azukari.item.item.Item;
import jp.azukari.item.member.MemberRecord;
import jp.azukari.item.request.RequestRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The items an export selected, under a profile's columns, read through a MongoDB cursor. */
final class ItemTable implements ExportTable {

  /** Documents the cursor fetches per round trip: enough to be quick, small enough for any heap. */
  static final int BATCH = 500;

  private final MongoTemplate mongo;
  private final List<ExportColumn> columns;
  private final Query query;

  ItemTable(MongoTemplate mongo, List<ExportColumn> columns, Query query) {
    this.mongo = mongo;
    this.columns = List.copyOf(columns);
    this.query = query;
  }

  @Override
  public List<String> headers() {
    return columns.stream().map(ExportColumn::header).toList();
  }

  @Override
  public long count() {
    return mongo.count(Query.of(query), Item.class);
  }

  @Override
  public Stream<List<Object>> rows() {
    var cells = new ItemCells(columns, this::requestNumber, this::memberName);
    return mongo.stream(Query.of(query).cursorBatchSize(BATCH), Item.class).map(cells::of);
  }

  private String requestNumber(String requestId) {
    RequestRecord request = mongo.findById(requestId, RequestRecord.class);
    return request == null ? null : request.number();
  }

  private String memberName(String memberId) {
    MemberRecord member = mongo.findById(memberId, MemberRecord.class);
    if (member == null || member.erasedAt() != null || member.familyName() == null) {
      return null;
    }
    return member.givenName() == null
        ? member.familyName()
        : member.familyName() + " " + member.givenName();
  }
}
