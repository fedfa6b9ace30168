package jp.azukari.member.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The rows of import reports about one member (by their id or their address) as the privacy feature
 * reads and erases them.
 */
@Component
public class ImportRecords {

  /** One report row about the member. */
  public record RowAbout(
      String importId,
      String fileName,
      boolean dryRun,
      Instant uploadedAt,
      long row,
      String outcome,
      String email,
      List<Message> messages) {}

  /** Why a field of the row was refused. */
  public record Message(String field, String column, String code, String message) {}

  private final MongoTemplate mongo;

  ImportRecords(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The rows that created, changed or refused the member, in import and row order. */
  public List<RowAbout> about(String memberId, String email) {
    var rows = new ArrayList<RowAbout>();
    for (ImportRow row : rows(memberId, email)) {
      ImportJob job = mongo.findById(row.importId(), ImportJob.class);
      rows.add(
          new RowAbout(
              row.importId(),
              job == null ? null : job.fileName(),
              job != null && job.dryRun(),
              job == null ? null : job.uploadedAt(),
              row.row(),
              row.outcome().name(),
              row.email(),
              row.messages() == null
                  ? List.of()
                  : row.messages().stream()
                      .map(m -> new Message(m.field(), m.column(), m.code(), m.message()))
                      .toList()));
    }
    return rows;
  }

  /**
   * Erases the address and the messages' words (which may quote a value) from the rows, keeping
   * their outcome and the fields and rules concerned, and forgets which imports took the address.
   *
   * @return how many rows were erased
   */
  public int erase(String memberId, String email) {
    List<ImportRow> rows = rows(memberId, email);
    for (ImportRow row : rows) {
      mongo.save(
          new ImportRow(
              row.id(),
              row.importId(),
              row.row(),
              row.outcome(),
              row.memberId(),
              null,
              row.messages() == null
                  ? List.of()
                  : row.messages().stream()
                      .map(m -> new ImportRow.Message(m.field(), m.column(), m.code(), null))
                      .toList()));
      if (email != null) {
        mongo.remove(
            Query.query(Criteria.where("_id").is(ImportEmail.id(row.importId(), email))),
            ImportEmail.class);
      }
    }
    return rows.size();
  }

  private List<ImportRow> rows(String memberId, String email) {
    var criteria =
        email == null
            ? Criteria.where("memberId").is(memberId)
            : new Criteria()
                .orOperator(
                    Criteria.where("memberId").is(memberId), Criteria.where("email").is(email));
    return mongo.find(
        Query.query(criteria).with(org.springframework.data.domain.Sort.by("importId", "row")),
        ImportRow.class);
  }
}
