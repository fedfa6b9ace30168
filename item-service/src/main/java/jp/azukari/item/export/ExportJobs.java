package jp.azukari.item.export;

import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.gridfs.GridFSUploadStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import jp.azukari.platform.web.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Runs exports in the background, as the staff member who started them (so the events name them), a
 * few at a time per instance: rows are read from a MongoDB cursor and written straight into a
 * GridFS file, so neither the rows nor the file are ever held whole in memory.
 */
@Service
public class ExportJobs implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);
  private static final java.time.Duration HEARTBEAT = java.time.Duration.ofSeconds(20);

  private final MongoTemplate mongo;
  private final ExportFiles files;
  private final ExportProperties properties;
  private final Clock clock;
  private final ExecutorService runs = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore turns;

  ExportJobs(MongoTemplate mongo, ExportProperties properties, Clock clock) {
    this.mongo = mongo;
    this.files = new ExportFiles(mongo);
    this.properties = properties;
    this.clock = clock;
    this.turns = new Semaphore(properties.concurrentRuns());
  }

  /** Stores the job and writes its table in the background; answers at once. */
  public ExportJob start(ExportJob job, ExportTable table, String sheetName) {
    ExportJob stored = mongo.insert(job);
    String correlationId = Correlation.currentOrNew();
    Runnable run =
        () -> {
          MDC.put(Correlation.MDC_KEY, correlationId);
          try {
            awaitTurn(stored.id());
            try {
              run(stored.id(), table, sheetName);
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
    return stored;
  }

  /** Waits for a free run, beating the heart meanwhile so the wait is not taken as a crash. */
  private void awaitTurn(String id) throws InterruptedException {
    while (!turns.tryAcquire(HEARTBEAT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      heartbeat(id);
    }
  }

  private void heartbeat(String id) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(id).and("state").is(ExportJob.State.RUNNING)),
        new Update().set("heartbeatAt", now()),
        ExportJob.class);
  }

  public Optional<ExportJob> find(String id, ExportJob.Kind kind) {
    return Optional.ofNullable(mongo.findById(id, ExportJob.class))
        .filter(job -> job.kind() == kind);
  }

  /** The latest exports of a kind, newest first; those of one staff member when one is named. */
  public List<ExportJob> recent(ExportJob.Kind kind, String startedById, int limit) {
    var criteria = Criteria.where("kind").is(kind);
    if (startedById != null) {
      criteria = criteria.and("startedById").is(startedById);
    }
    return mongo.find(
        Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(limit),
        ExportJob.class);
  }

  /**
   * The finished export's file as a download: 409 while it runs or when it failed, 410 once its
   * file is no longer kept.
   */
  public ResponseEntity<StreamingResponseBody> download(ExportJob job) {
    switch (job.state()) {
      case RUNNING -> throw ExportProblem.notReady();
      case FAILED -> throw ExportProblem.failed();
      case DONE -> {}
    }
    if (job.fileId() == null) {
      throw ExportProblem.fileDeleted();
    }
    GridFSDownloadStream content;
    try {
      content = files.open(job.fileId());
    } catch (com.mongodb.MongoGridFSException gone) {
      throw ExportProblem.fileDeleted();
    }
    StreamingResponseBody body =
        out -> {
          try (content) {
            content.transferTo(out);
          }
        };
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(job.fileName()))
        .contentType(MediaType.parseMediaType(job.file().contentType(job.encoding())))
        .contentLength(content.getGridFSFile().getLength())
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  /**
   * Writes the job's table into a new GridFS file and records the outcome. Runs on the calling
   * thread; {@link #start} calls it in the background.
   */
  void run(String id, ExportTable table, String sheetName) {
    ExportJob job = mongo.findById(id, ExportJob.class);
    if (job == null || job.state() != ExportJob.State.RUNNING) {
      return;
    }
    long started = System.nanoTime();
    var progress = new ExportProgress(mongo, id, clock);
    GridFSUploadStream upload = null;
    var counted = (CountingStream) null;
    long replaced = 0;
    ExportJob.Failure failure = null;
    try {
      long total = table.count();
      mongo.updateFirst(
          Query.query(Criteria.where("_id").is(id)),
          new Update().set("total", total).set("heartbeatAt", now()),
          ExportJob.class);
      upload = files.create(job.fileName(), job.file().contentType(job.encoding()));
      counted = new CountingStream(upload);
      try (SheetWriter writer = SheetWriter.open(job.file(), job.encoding(), counted, sheetName);
          Stream<List<Object>> rows = table.rows()) {
        writer.header(table.headers());
        Iterator<List<Object>> each = rows.iterator();
        while (each.hasNext()) {
          writer.row(each.next());
          progress.row();
        }
        writer.finish();
        replaced = writer.replacedCharacters();
      }
      counted.flush();
      upload.close();
    } catch (IOException | RuntimeException e) {
      log.error("Export {} failed", id, e);
      failure =
          new ExportJob.Failure(
              "export.failed", "The export stopped on an unexpected error; try again.");
      if (upload != null) {
        upload.abort();
      }
    }
    String fileId = failure == null ? upload.getObjectId().toHexString() : null;
    ExportJob current = mongo.findById(id, ExportJob.class);
    try {
      if (current == null || current.state() != ExportJob.State.RUNNING) {
        throw new OptimisticLockingFailureException("Export " + id + " was ended meanwhile");
      }
      if (failure == null) {
        current.finish(progress.done(), replaced, fileId, counted.count(), now());
      } else {
        current.fail(progress.done(), failure, now());
      }
      mongo.save(current);
    } catch (OptimisticLockingFailureException endedMeanwhile) {
      // The clean-up took this export for interrupted and failed it; its file is not wanted.
      log.warn("Export {} was marked failed while it ran; its file is dropped", id);
      if (fileId != null) {
        files.delete(fileId);
      }
      return;
    }
    log.info(
        "Export {} ({} {}) {} in {} ms: {} rows, {} characters replaced",
        id,
        job.kind(),
        job.format(),
        current.state(),
        (System.nanoTime() - started) / 1_000_000,
        progress.done(),
        replaced);
  }

  /** Marks exports whose instance stopped while they ran as failed. */
  int failInterrupted() {
    Instant before = now().minus(properties.staleAfter());
    List<ExportJob> stale =
        mongo.find(
            Query.query(
                Criteria.where("state").is(ExportJob.State.RUNNING).and("heartbeatAt").lt(before)),
            ExportJob.class);
    int failed = 0;
    for (ExportJob job : stale) {
      job.fail(
          job.done(),
          new ExportJob.Failure(
              "export.interrupted", "The export was interrupted (a service restart); try again."),
          now());
      try {
        mongo.save(job);
        failed++;
      } catch (OptimisticLockingFailureException finishedMeanwhile) {
        // It ended on its own.
      }
    }
    return failed;
  }

  /** Deletes the files of exports that finished longer ago than they are kept. */
  int deleteOldFiles() {
    Instant before = now().minus(properties.keepFilesFor());
    List<ExportJob> old =
        mongo.find(
            Query.query(
                Criteria.where("state")
                    .is(ExportJob.State.DONE)
                    .and("fileId")
                    .ne(null)
                    .and("finishedAt")
                    .lt(before)),
            ExportJob.class);
    for (ExportJob job : old) {
      String fileId = job.fileId();
      job.forgetFile(now());
      try {
        mongo.save(job);
        files.delete(fileId);
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        // Another instance cleaned it up.
      }
    }
    return old.size();
  }

  @Override
  public void destroy() {
    runs.shutdownNow();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Counts the bytes written; closing it leaves the GridFS stream open for the job to close. */
  private static final class CountingStream extends FilterOutputStream {

    private long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      flush();
    }

    long count() {
      return count;
    }
  }
}
