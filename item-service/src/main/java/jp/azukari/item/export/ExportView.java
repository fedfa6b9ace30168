package jp.azukari.item.export;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An export as the console polls it: where it stands ({@code done} of {@code total} rows), its
 * file's name once written, and how many characters the file's encoding could not hold.
 */
public record ExportView(
    String id,
    ExportJob.Kind kind,
    ExportJob.State state,
    long done,
    long total,
    String fileName,
    boolean fileAvailable,
    String format,
    TextEncoding encoding,
    String profileId,
    String profileName,
    LocalDate from,
    LocalDate to,
    long replacedCharacters,
    ExportJob.Failure failure,
    String startedBy,
    Instant startedAt,
    Instant finishedAt) {

  public static ExportView of(ExportJob job) {
    return new ExportView(
        job.id(),
        job.kind(),
        job.state(),
        job.done(),
        job.total(),
        job.fileName(),
        job.state() == ExportJob.State.DONE && job.fileId() != null,
        job.format(),
        job.encoding(),
        job.profileId(),
        job.profileName(),
        job.ledgerFrom(),
        job.ledgerTo(),
        job.replacedCharacters(),
        job.failure(),
        job.startedByName(),
        job.startedAt(),
        job.finishedAt());
  }
}
