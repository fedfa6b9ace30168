package jp.azukari.member.importing;

import java.time.Instant;
import java.util.List;
import jp.azukari.contracts.member.ImportFinished;
import jp.azukari.contracts.member.ImportStarted;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bulk import of existing customers from one file: first a dry run that only reports, then, when
 * staff are happy with the report, the real run of the same stored file. Its progress counters are
 * advanced in place while it runs ({@link ImportProgress}); its start and end are announced.
 */
@Document("member_imports")
public class ImportJob extends OutboxAggregate {

  /** Where a run stands. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  /** The kind of file, found from its content. */
  public enum Format {
    CSV,
    XLSX
  }

  /** Why a run failed as a whole: a code for the console to translate and a message. */
  public record Failure(String code, String message) {}

  @Id private String id;
  private String fileName;
  private String fileId;
  private long fileSize;
  private Format format;
  private String encoding;
  private List<String> fields;
  private List<String> unknownColumns;
  private boolean dryRun;
  private State state;
  private long rowsRead;
  private long created;
  private long updated;
  private long unchanged;
  private long rejected;

  /** Rows the dry run read, so the real run can show how far it is; {@code null} before. */
  private Long expectedRows;

  private Failure failure;
  private String startedById;
  private String startedByName;

  @Indexed private Instant uploadedAt;
  private Instant startedAt;
  private Instant finishedAt;
  private Instant heartbeatAt;

  protected ImportJob() {}

  static ImportJob upload(
      String id,
      String fileName,
      String fileId,
      long fileSize,
      Format format,
      String encoding,
      ImportColumns columns,
      boolean dryRun,
      String staffId,
      String staffName,
      Instant now) {
    var job = new ImportJob();
    job.id = id;
    job.fileName = fileName;
    job.fileId = fileId;
    job.fileSize = fileSize;
    job.format = format;
    job.encoding = encoding;
    job.fields = columns.fields();
    job.unknownColumns = columns.unknown();
    job.uploadedAt = now;
    job.start(dryRun, staffId, staffName, now);
    return job;
  }

  /**
   * Runs the dry run's file for real.
   *
   * @throws IllegalStateException unless this is a finished dry run whose file is still stored
   */
  void runForReal(String staffId, String staffName, Instant now) {
    if (!canRunForReal()) {
      throw new IllegalStateException("Only a finished dry run can be run for real");
    }
    expectedRows = rowsRead;
    start(false, staffId, staffName, now);
  }

  /** Whether this is a finished dry run whose file can be imported for real. */
  public boolean canRunForReal() {
    return dryRun && state == State.DONE && fileId != null;
  }

  void finish(ImportProgress.Counts counts, Instant now) {
    end(State.DONE, counts, null, now);
  }

  void fail(ImportProgress.Counts counts, Failure failure, Instant now) {
    end(State.FAILED, counts, failure, now);
  }

  /** The stored file is no longer needed once the real run is over. */
  void forgetFile() {
    fileId = null;
  }

  private void start(boolean dryRun, String staffId, String staffName, Instant now) {
    this.dryRun = dryRun;
    state = State.RUNNING;
    rowsRead = created = updated = unchanged = rejected = 0;
    failure = null;
    startedById = staffId;
    startedByName = staffName;
    startedAt = now;
    heartbeatAt = now;
    finishedAt = null;
    registerEvent(new ImportStarted(id, fileName, format.name(), dryRun));
  }

  private void end(State end, ImportProgress.Counts counts, Failure failure, Instant now) {
    state = end;
    rowsRead = counts.rowsRead();
    created = counts.created();
    updated = counts.updated();
    unchanged = counts.unchanged();
    rejected = counts.rejected();
    this.failure = failure;
    finishedAt = now;
    heartbeatAt = now;
    registerEvent(
        new ImportFinished(
            id,
            dryRun,
            end.name(),
            rowsRead,
            created,
            updated,
            unchanged,
            rejected,
            failure == null ? null : failure.message()));
  }

  public String id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public String fileId() {
    return fileId;
  }

  public long fileSize() {
    return fileSize;
  }

  public Format format() {
    return format;
  }

  public String encoding() {
    return encoding;
  }

  public List<String> fields() {
    return fields == null ? List.of() : fields;
  }

  public List<String> unknownColumns() {
    return unknownColumns == null ? List.of() : unknownColumns;
  }

  public boolean dryRun() {
    return dryRun;
  }

  public State state() {
    return state;
  }

  public ImportProgress.Counts counts() {
    return new ImportProgress.Counts(rowsRead, created, updated, unchanged, rejected);
  }

  public Long expectedRows() {
    return expectedRows;
  }

  public Failure failure() {
    return failure;
  }

  public String startedById() {
    return startedById;
  }

  public String startedByName() {
    return startedByName;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public Instant heartbeatAt() {
    return heartbeatAt;
  }
}
