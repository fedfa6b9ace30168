package jp.azukari.member.importing;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An address that a row of an import took, so a later row with the same address is refused as a
 * duplicate. Looked up by id (import and address), which every MongoDB-compatible server answers
 * from its id index however large the import.
 */
@Document("member_import_emails")
record ImportEmail(@Id String id, String importId, long row) {

  static String id(String importId, String email) {
    return importId + " " + email;
  }
}
