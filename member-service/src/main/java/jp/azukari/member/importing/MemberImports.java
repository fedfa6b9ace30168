package jp.azukari.member.importing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import jp.azukari.contracts.Actor;
import jp.azukari.member.japanese.BirthDate;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.web.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk imports of existing customers. An upload is checked at once (size, kind of file, zip bomb,
 * header row) and refused as a whole if it cannot be imported; otherwise it is stored and run in
 * the background, as the staff member who started it, so its events name them.
 */
@Service
class MemberImports implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(MemberImports.class);

  private final MongoTemplate mongo;
  private final ImportFiles files;
  private final Invitations invitations;
  private final CurrentActor currentActor;
  private final ImportProperties properties;
  private final Clock clock;
  private final ExecutorService runs = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore turns;

  MemberImports(
      MongoTemplate mongo,
      ImportFiles files,
      Invitations invitations,
      CurrentActor currentActor,
      ImportProperties properties,
      Clock clock) {
    this.mongo = mongo;
    this.files = files;
    this.invitations = invitations;
    this.currentActor = currentActor;
    this.properties = properties;
    this.clock = clock;
    this.turns = new Semaphore(properties.concurrentRuns());
  }

  ImportJob upload(MultipartFile upload, boolean dryRun, ImportFiles.Encoding encoding)
      throws IOException {
    if (upload.isEmpty()) {
      throw new ImportRefused("import.empty", "The file is empty.");
    }
    if (upload.getSize() > properties.maxFileSize().toBytes()) {
      throw new ImportRefused(
          "import.tooLarge",
          "The file is larger than "
              + properties.maxFileSize().toMegabytes()
              + " MB. Split it into several files.");
    }
    String fileName = fileName(upload.getOriginalFilename());
    String fileId;
    try (InputStream in = upload.getInputStream()) {
      fileId = files.store(in, fileName);
    }
    try {
      ImportJob.Format format = files.formatOf(fileId);
      Charset charset = format == ImportJob.Format.CSV ? files.charsetOf(fileId, encoding) : null;
      ImportColumns columns = header(fileId, format, charset);
      Actor staff = currentActor.get();
      ImportJob job =
          mongo.insert(
              ImportJob.upload(
                  UUID.randomUUID().toString(),
                  fileName,
                  fileId,
                  upload.getSize(),
                  format,
                  charset == null ? null : charset.name(),
                  columns,
                  dryRun,
                  staff.id(),
                  staff.name(),
                  now()));
      startInBackground(job.id());
      return job;
    } catch (IOException | RuntimeException refused) {
      files.delete(fileId);
      throw refused;
    }
  }

  /**
   * Runs a finished dry run for real: the dry run's report is replaced by the real one.
   *
   * @return empty if there is no such import
   * @throws ImportNotRunnable if it is not a finished dry run
   */
  Optional<ImportJob> runForReal(String id) {
    Optional<ImportJob> found = find(id);
    if (found.isEmpty()) {
      return found;
    }
    ImportJob job = found.get();
    if (!job.canRunForReal()) {
      throw new ImportNotRunnable();
    }
    Actor staff = currentActor.get();
    job.runForReal(staff.id(), staff.name(), now());
    ImportJob saved = mongo.save(job);
    mongo.remove(Query.query(Criteria.where("importId").is(id)), ImportRow.class);
    mongo.remove(Query.query(Criteria.where("importId").is(id)), ImportEmail.class);
    startInBackground(id);
    return Optional.of(saved);
  }

  Optional<ImportJob> find(String id) {
    return Optional.ofNullable(mongo.findById(id, ImportJob.class));
  }

  List<ImportJob> recent(int limit) {
    return mongo.find(
        new Query().with(Sort.by(Sort.Direction.DESC, "uploadedAt")).limit(limit), ImportJob.class);
  }

  long countRows(String id, ImportRow.Outcome outcome) {
    return mongo.count(rowsQuery(id, outcome), ImportRow.class);
  }

  List<ImportRow> rows(String id, ImportRow.Outcome outcome, int page, int size) {
    return mongo.find(
        rowsQuery(id, outcome).with(Sort.by("row")).skip((long) page * size).limit(size),
        ImportRow.class);
  }

  /** Every report row in row order, read in batches so a large report is never held whole. */
  void eachRow(String id, java.util.function.Consumer<ImportRow> row) {
    long after = 0;
    List<ImportRow> batch;
    do {
      batch =
          mongo.find(
              Query.query(Criteria.where("importId").is(id).and("row").gt(after))
                  .with(Sort.by("row"))
                  .limit(1000),
              ImportRow.class);
      batch.forEach(row);
      if (!batch.isEmpty()) {
        after = batch.getLast().row();
      }
    } while (batch.size() == 1000);
  }

  @Override
  public void destroy() {
    runs.shutdownNow();
  }

  private static Query rowsQuery(String id, ImportRow.Outcome outcome) {
    var criteria = Criteria.where("importId").is(id);
    if (outcome != null) {
      criteria = criteria.and("outcome").is(outcome.name());
    }
    return Query.query(criteria);
  }

  private ImportColumns header(String fileId, ImportJob.Format format, Charset charset)
      throws IOException {
    var header = new ArrayList<List<String>>(1);
    read(fileId, format, charset, (number, cells) -> !header.add(cells));
    if (header.isEmpty()) {
      throw new ImportRefused("import.noRows", "The file has no rows.");
    }
    return ImportColumns.of(header.getFirst());
  }

  private void read(
      String fileId, ImportJob.Format format, Charset charset, SheetRows.RowHandler handler)
      throws IOException {
    if (format == ImportJob.Format.CSV) {
      new CsvRows(() -> files.open(fileId), charset).read(handler);
      return;
    }
    File temporary = files.toTemporaryFile(fileId);
    try {
      new XlsxRows(temporary).read(handler);
    } finally {
      if (!temporary.delete()) {
        temporary.deleteOnExit();
      }
    }
  }

  /** Runs as the staff member of the request, with its correlation id. */
  private void startInBackground(String id) {
    String correlationId = Correlation.currentOrNew();
    Runnable run =
        () -> {
          MDC.put(Correlation.MDC_KEY, correlationId);
          try {
            turns.acquire();
            try {
              run(id);
            } finally {
              turns.release();
            }
          } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
          } finally {
            MDC.remove(Correlation.MDC_KEY);
          }
        };
    runs.execute(new DelegatingSecurityContextRunnable(run, SecurityContextHolder.getContext()));
  }

  private void run(String id) {
    ImportJob job = mongo.findById(id, ImportJob.class);
    if (job == null || job.state() != ImportJob.State.RUNNING) {
      return;
    }
    long started = System.nanoTime();
    var progress = new ImportProgress(mongo, id);
    ImportJob.Failure failure = null;
    try {
      runRows(job, progress);
    } catch (ImportRefused refused) {
      failure = new ImportJob.Failure(refused.code(), refused.getMessage());
    } catch (IOException | RuntimeException e) {
      log.error("Import {} failed", id, e);
      failure =
          new ImportJob.Failure(
              "import.failed",
              "The import stopped on an unexpected error; rows before it were done.");
    }
    ImportJob current = mongo.findById(id, ImportJob.class);
    if (failure == null) {
      current.finish(progress.counts(), now());
    } else {
      current.fail(progress.counts(), failure, now());
    }
    String fileId = current.fileId();
    boolean realRunOver = !current.dryRun();
    if (realRunOver) {
      current.forgetFile();
    }
    mongo.save(current);
    if (realRunOver && fileId != null) {
      files.delete(fileId);
    }
    log.info(
        "Import {} ({}) {} in {} ms: {}",
        id,
        current.dryRun() ? "dry run" : "real run",
        current.state(),
        (System.nanoTime() - started) / 1_000_000,
        progress.counts());
  }

  private void runRows(ImportJob job, ImportProgress progress) throws IOException {
    Charset charset = job.encoding() == null ? null : Charset.forName(job.encoding());
    var today = BirthDate.today(clock);
    var state =
        new Object() {
          ImportColumns columns;
          ImportBatch batch;
          final List<CheckedRow> rows = new ArrayList<>(properties.batchSize());
        };
    read(
        job.fileId(),
        job.format(),
        charset,
        (number, cells) -> {
          if (state.columns == null) {
            state.columns = ImportColumns.of(cells);
            state.batch =
                new ImportBatch(mongo, invitations, state.columns, job.id(), job.dryRun());
            return true;
          }
          state.rows.add(
              CheckedRow.check(number, state.columns.valuesOf(cells), state.columns, today));
          if (state.rows.size() >= properties.batchSize()) {
            flush(state.batch, state.rows, progress);
          }
          return true;
        });
    if (state.batch != null) {
      flush(state.batch, state.rows, progress);
    }
  }

  private void flush(ImportBatch batch, List<CheckedRow> rows, ImportProgress progress) {
    if (rows.isEmpty()) {
      return;
    }
    Instant now = now();
    progress.add(batch.apply(rows, now), now);
    rows.clear();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Only the last part of a path, control characters removed, at most 200 characters. */
  static String fileName(String original) {
    if (original == null || original.isBlank()) {
      return "upload";
    }
    String name = original.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}]", "");
    return name.length() > 200 ? name.substring(0, 200) : name.isBlank() ? "upload" : name;
  }

  /** The import is not a finished dry run, so there is nothing to run for real. */
  static class ImportNotRunnable extends RuntimeException {
    ImportNotRunnable() {
      super("Only a finished dry run can be run for real, once.");
    }
  }
}
