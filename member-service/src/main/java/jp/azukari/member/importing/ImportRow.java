package jp.azukari.member.importing;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One row of an import's report: what the run did with it and, for a refused row, why, field by
 * field. Stored apart from the job so that a report of 100,000 rows is read a page at a time.
 *
 * @param id the import's id and the row number
 * @param row the row number as the spreadsheet shows it
 * @param email the row's address in normal form, to find later rows with the same one
 */
@Document("member_import_rows")
@CompoundIndex(name = "import_row", def = "{'importId': 1, 'row': 1}")
@CompoundIndex(name = "import_outcome_row", def = "{'importId': 1, 'outcome': 1, 'row': 1}")
@CompoundIndex(name = "import_email", def = "{'importId': 1, 'email': 1}")
record ImportRow(
    @Id String id,
    String importId,
    long row,
    Outcome outcome,
    String memberId,
    String email,
    List<Message> messages) {

  /** What happened to the row (or would, in a dry run). */
  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
  }

  /**
   * Why a field of the row was refused.
   *
   * @param field the field's API name, e.g. {@code address.postalCode}
   * @param column the file's header for it, e.g. 郵便番号
   * @param code the broken rule, for a user interface to translate
   */
  record Message(String field, String column, String code, String message) {}

  static ImportRow of(
      String importId,
      long row,
      Outcome outcome,
      String memberId,
      String email,
      List<Message> messages) {
    return new ImportRow(importId + ":" + row, importId, row, outcome, memberId, email, messages);
  }
}
