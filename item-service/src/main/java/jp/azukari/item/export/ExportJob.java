package jp.azukari.item.export;

import java.time.Instant;
import java.time.LocalDate;
import jp.azukari.contracts.item.ItemsExported;
import jp.azukari.contracts.item.LedgerExported;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One export running in the background: items for a marketplace, or the transaction ledger. Its
 * state lives here, in MongoDB, so every instance answers progress polls and downloads; its counter
 * is advanced in place while it runs ({@link ExportProgress}). A finished export is announced
 * ({@code item.ItemsExported} or {@code item.LedgerExported}, which puts who read the ledger on the
 * audit log) and its file waits in GridFS for download.
 */
@Document("export_jobs")
public class ExportJob extends OutboxAggregate {

  /** What is exported. */
  public enum Kind {
    ITEMS,
    LEDGER
  }

  /** Where an export stands. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  /** Why an export failed: a code for the console to translate and a message. */
  public record Failure(String code, String message) {}

  @Id private String id;
  private Kind kind;
  private String format;
  private SheetFile file;
  private TextEncoding encoding;
  private String profileId;
  private String profileName;
  private String ledgerFrom;
  private String ledgerTo;
  @Indexed private State state;
  private long done;
  private long total;
  private long replacedCharacters;
  private String fileName;
  private String fileId;
  private long fileSize;
  private Failure failure;
  private String startedById;
  private String startedByName;
  @Indexed private Instant startedAt;
  private Instant heartbeatAt;
  private Instant finishedAt;
  private Instant fileDeletedAt;

  protected ExportJob() {}

  /** An item export with a profile's columns. */
  public static ExportJob items(
      String id,
      ExportProfile profile,
      String fileName,
      String staffId,
      String staffName,
      Instant now) {
    var job = new ExportJob();
    job.id = id;
    job.kind = Kind.ITEMS;
    job.format = profile.format().name();
    job.file = profile.format().file();
    job.encoding = profile.encoding();
    job.profileId = profile.id();
    job.profileName = profile.name();
    job.fileName = fileName;
    job.start(staffId, staffName, now);
    return job;
  }

  /** A ledger export of the acquisitions from {@code from} to {@code to}, both included. */
  public static ExportJob ledger(
      String id,
      LocalDate from,
      LocalDate to,
      SheetFile file,
      String fileName,
      String staffId,
      String staffName,
      Instant now) {
    var job = new ExportJob();
    job.id = id;
    job.kind = Kind.LEDGER;
    job.format = file.name();
    job.file = file;
    job.encoding = TextEncoding.UTF_8;
    job.ledgerFrom = from.toString();
    job.ledgerTo = to.toString();
    job.fileName = fileName;
    job.start(staffId, staffName, now);
    return job;
  }

  private void start(String staffId, String staffName, Instant now) {
    state = State.RUNNING;
    startedById = staffId;
    startedByName = staffName;
    startedAt = now;
    heartbeatAt = now;
  }

  void finish(long rows, long replaced, String fileId, long fileSize, Instant now) {
    state = State.DONE;
    done = rows;
    replacedCharacters = replaced;
    this.fileId = fileId;
    this.fileSize = fileSize;
    finishedAt = now;
    heartbeatAt = now;
    registerEvent(
        kind == Kind.ITEMS
            ? new ItemsExported(id, format, profileId, rows)
            : new LedgerExported(
                id, LocalDate.parse(ledgerFrom), LocalDate.parse(ledgerTo), format, rows));
  }

  void fail(long rows, Failure failure, Instant now) {
    state = State.FAILED;
    done = rows;
    this.failure = failure;
    finishedAt = now;
    heartbeatAt = now;
  }

  /** The file was deleted after its keeping time; the record of the export stays. */
  void forgetFile(Instant now) {
    fileId = null;
    fileDeletedAt = now;
  }

  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * {@code XLSX}, {@code CSV_YAHOO} or {@code CSV_GENERIC} for items; {@code XLSX} or {@code CSV}.
   */
  public String format() {
    return format;
  }

  public SheetFile file() {
    return file;
  }

  public TextEncoding encoding() {
    return encoding;
  }

  public String profileId() {
    return profileId;
  }

  public String profileName() {
    return profileName;
  }

  public LocalDate ledgerFrom() {
    return ledgerFrom == null ? null : LocalDate.parse(ledgerFrom);
  }

  public LocalDate ledgerTo() {
    return ledgerTo == null ? null : LocalDate.parse(ledgerTo);
  }

  public State state() {
    return state;
  }

  public long done() {
    return done;
  }

  public long total() {
    return total;
  }

  public long replacedCharacters() {
    return replacedCharacters;
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

  public Failure failure() {
    return failure;
  }

  public String startedById() {
    return startedById;
  }

  public String startedByName() {
    return startedByName;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant heartbeatAt() {
    return heartbeatAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public Instant fileDeletedAt() {
    return fileDeletedAt;
  }
}
