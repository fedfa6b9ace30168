package jp.azukari.audit.export;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.azukari.audit.jobs.JobHeartbeats;
import jp.azukari.audit.record.AuditFilter;
import jp.azukari.audit.record.AuditProblem;
import jp.azukari.audit.record.RecordSearch;
import jp.azukari.platform.security.CurrentActor;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Runs exports of a search in the background: records are read from a MongoDB cursor and written
 * straight into a GridFS file (bucket {@value #BUCKET}), so neither is ever held whole in memory.
 */
@Service
class AuditExports implements DisposableBean {

  static final String BUCKET = "audit_exports";
  static final String COLLECTION = "audit_exports";
  private static final Logger log = LoggerFactory.getLogger(AuditExports.class);
  private static final int PROGRESS_EVERY = 200;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final MongoTemplate mongo;
  private final RecordSearch search;
  private final CurrentActor actor;
  private final Clock clock;
  private final GridFSBucket files;
  private final JobHeartbeats heartbeats;
  private final ExecutorService runs = Executors.newVirtualThreadPerTaskExecutor();

  AuditExports(
      MongoTemplate mongo,
      RecordSearch search,
      CurrentActor actor,
      Clock clock,
      JobHeartbeats heartbeats) {
    this.mongo = mongo;
    this.heartbeats = heartbeats;
    this.search = search;
    this.actor = actor;
    this.clock = clock;
    this.files = GridFSBuckets.create(mongo.getDb(), BUCKET);
  }

  AuditExport start(AuditFilter filter, AuditExport.Format format) {
    long total = search.count(filter);
    if (format == AuditExport.Format.XLSX && total >= SheetWriter.XLSX_MAX_ROWS) {
      throw AuditProblem.invalid(
          "An XLSX sheet holds at most "
              + SheetWriter.XLSX_MAX_ROWS
              + " rows; narrow the search or export CSV.");
    }
    var who = actor.get();
    var now = clock.instant();
    String fileName =
        "audit_" + STAMP.format(now.atZone(AuditTable.JAPAN)) + "." + format.extension;
    var export =
        mongo.insert(
            new AuditExport(
                UUID.randomUUID().toString(),
                AuditExport.State.RUNNING,
                format,
                filter,
                0,
                total,
                fileName,
                null,
                who.id(),
                who.name(),
                now,
                null,
                now,
                null));
    heartbeats.started(COLLECTION, export.id());
    runs.execute(() -> run(export));
    return export;
  }

  Optional<AuditExport> find(String id) {
    return Optional.ofNullable(mongo.findById(id, AuditExport.class));
  }

  /** The finished file: 409 while the export runs or when it failed. */
  InputStream open(AuditExport export) {
    if (export.state() == AuditExport.State.RUNNING) {
      throw AuditProblem.conflict(
          "export-not-ready", "The export is still running; download its file when it is done.");
    }
    if (export.fileId() == null) {
      throw AuditProblem.conflict("export-failed", "The export failed, so there is no file.");
    }
    return files.openDownloadStream(new ObjectId(export.fileId()));
  }

  private void run(AuditExport export) {
    var byId = Query.query(Criteria.where("_id").is(export.id()));
    var upload =
        files.openUploadStream(
            export.fileName(),
            new GridFSUploadOptions()
                .metadata(new Document("contentType", export.format().contentType)));
    long done = 0;
    try (var writer = SheetWriter.open(export.format(), upload);
        var records = search.stream(export.filter())) {
      writer.row(AuditTable.HEADERS);
      var each = records.iterator();
      while (each.hasNext()) {
        writer.row(AuditTable.row(each.next()));
        if (++done % PROGRESS_EVERY == 0) {
          mongo.updateFirst(byId, new Update().set("done", done), AuditExport.class);
        }
      }
      writer.finish();
      upload.close();
      mongo.updateFirst(
          byId,
          new Update()
              .set("state", AuditExport.State.DONE)
              .set("done", done)
              .set("total", done)
              .set("fileId", upload.getObjectId().toHexString())
              .set("finishedAt", clock.instant()),
          AuditExport.class);
    } catch (IOException | RuntimeException e) {
      log.error("Audit export {} failed", export.id(), e);
      upload.abort();
      mongo.updateFirst(
          byId,
          new Update()
              .set("state", AuditExport.State.FAILED)
              .set("done", done)
              .set("finishedAt", clock.instant())
              .set("failure", String.valueOf(e.getMessage())),
          AuditExport.class);
    } finally {
      heartbeats.ended(COLLECTION, export.id());
    }
  }

  @Override
  public void destroy() {
    runs.shutdownNow();
  }
}
