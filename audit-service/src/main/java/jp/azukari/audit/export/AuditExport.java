package jp.azukari.audit.export;

import java.time.Instant;
import jp.azukari.audit.record.AuditFilter;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An export of a search of the audit log, its progress and, once done, its file in GridFS. An
 * export whose instance stopped ({@code heartbeatAt} too old) is FAILED with the {@code failure}.
 */
@Document("audit_exports")
record AuditExport(
    @Id String id,
    State state,
    Format format,
    AuditFilter filter,
    long done,
    long total,
    String fileName,
    String fileId,
    String startedById,
    String startedByName,
    @Indexed Instant startedAt,
    Instant finishedAt,
    Instant heartbeatAt,
    String failure) {

  enum State {
    RUNNING,
    DONE,
    FAILED
  }

  enum Format {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final String extension;
    final String contentType;

    Format(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }
  }
}
