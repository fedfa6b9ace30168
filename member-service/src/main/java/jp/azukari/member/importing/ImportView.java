package jp.azukari.member.importing;

import java.time.Instant;
import java.util.List;

/** An import as the admin console shows it: its file, where its run stands, and its counts. */
record ImportView(
    String id,
    String fileName,
    long fileSize,
    ImportJob.Format format,
    String encoding,
    List<String> fields,
    List<String> unknownColumns,
    boolean dryRun,
    ImportJob.State state,
    long rowsRead,
    Long expectedRows,
    long created,
    long updated,
    long unchanged,
    long rejected,
    ImportJob.Failure failure,
    boolean canRunForReal,
    String startedBy,
    Instant uploadedAt,
    Instant startedAt,
    Instant finishedAt) {

  static ImportView of(ImportJob job) {
    var counts = job.counts();
    return new ImportView(
        job.id(),
        job.fileName(),
        job.fileSize(),
        job.format(),
        job.encoding(),
        job.fields(),
        job.unknownColumns(),
        job.dryRun(),
        job.state(),
        counts.rowsRead(),
        job.expectedRows(),
        counts.created(),
        counts.updated(),
        counts.unchanged(),
        counts.rejected(),
        job.failure(),
        job.canRunForReal(),
        job.startedByName(),
        job.uploadedAt(),
        job.startedAt(),
        job.finishedAt());
  }
}
