package jp.azukari.item.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export of 100,000 items runs in a JVM whose heap is far smaller than the rows: the rows come
 * from a MongoDB cursor and go through the streaming workbook into GridFS. The same rows written
 * with a workbook that keeps them all run out of memory in the same heap, which shows the heap is
 * small enough for the test to mean something.
 */
class SmallHeapExportTest {

  static final int ITEMS = 100_000;
  static final String HEAP = "-Xmx96m";
  static final String DATABASE = "small-heap";

  static MongoServer server;
  static String uri;

  @BeforeAll
  static void storeItems() {
    server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    try (MongoClient client = MongoClients.create(uri)) {
      MongoDatabase db = client.getDatabase(DATABASE);
      db.getCollection("requests")
          .insertOne(new Document("_id", "request-1").append("number", "R-000001"));
      var batch = new ArrayList<Document>(1000);
      for (int i = 1; i <= ITEMS; i++) {
        batch.add(
            StoredItems.item(
                "item-" + i,
                String.format("I-%06d", i),
                "request-1",
                "member-1",
                StoredItems.values(
                    "name",
                    "ショルダーバッグ " + i,
                    "brand",
                    "COACH",
                    "condition",
                    "used",
                    "memberNotes",
                    "開封済み未使用、箱あり。付属品は保存袋のみです。",
                    "category",
                    "2084005284",
                    "title",
                    "COACH コーチ ショルダーバッグ レザー ブラウン 中古 " + i,
                    "description",
                    "=数式のように見える説明。" + "状態は写真でご確認ください。".repeat(4),
                    "features",
                    "内側にシリアル刻印、角擦れあり",
                    "quantity",
                    1,
                    "startPrice",
                    1000 + i,
                    "storageLocation",
                    "A-" + (i % 50))));
        if (batch.size() == 1000) {
          db.getCollection("items").insertMany(batch);
          batch.clear();
        }
      }
    }
  }

  @AfterAll
  static void stopServer() {
    server.shutdownNow();
  }

  record Run(int exitCode, String output) {}

  static Process start(String mode, Path temporary) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            HEAP,
            "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.io.tmpdir=" + temporary,
            "-cp",
            System.getProperty("java.class.path"),
            SmallHeapExport.class.getName(),
            uri,
            DATABASE,
            mode)
        .redirectErrorStream(true)
        .start();
  }

  static Run finish(Process process) throws Exception {
    var output = new StringBuilder();
    var reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try (var in =
                      new BufferedReader(
                          new InputStreamReader(
                              process.getInputStream(), StandardCharsets.UTF_8))) {
                    in.lines().forEach(line -> output.append(line).append('\n'));
                  } catch (IOException e) {
                    output.append(e);
                  }
                });
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("The export did not end within 5 minutes");
    }
    reader.join();
    System.out.println("Export in " + HEAP + ":\n" + output);
    return new Run(process.exitValue(), output.toString());
  }

  @Test
  void exportsOneHundredThousandItemsToXlsxInASmallHeap(@TempDir Path temporary) throws Exception {
    Process process = start("stream", temporary);
    Set<Long> progress = new ConcurrentSkipListSet<>();
    try (MongoClient client = MongoClients.create(uri)) {
      var jobs = client.getDatabase(DATABASE).getCollection("export_jobs");
      while (process.isAlive()) {
        Document job = jobs.find(new Document("_id", SmallHeapExport.JOB_ID)).first();
        if (job != null && job.get("done") != null) {
          progress.add(((Number) job.get("done")).longValue());
        }
        Thread.sleep(200);
      }
      Run run = finish(process);
      assertThat(run.exitCode()).as(run.output()).isZero();

      Document job = jobs.find(new Document("_id", SmallHeapExport.JOB_ID)).first();
      assertThat(job.getString("state")).as(run.output()).isEqualTo("DONE");
      assertThat(((Number) job.get("done")).longValue()).isEqualTo(ITEMS);
      assertThat(((Number) job.get("total")).longValue()).isEqualTo(ITEMS);
      // Progress was visible while it ran, not only at the end.
      assertThat(progress).anyMatch(done -> done > 0 && done < ITEMS);

      Path xlsx = temporary.resolve("items.xlsx");
      try (var out = Files.newOutputStream(xlsx)) {
        GridFSBuckets.create(client.getDatabase(DATABASE), ExportFiles.BUCKET)
            .downloadToStream(new org.bson.types.ObjectId(job.getString("fileId")), out);
      }
      assertThat(sheetRows(xlsx)).containsExactly(ITEMS + 1L, 1L);
    }
    // The workbook's temporary files are gone once the export is over.
    try (var left = Files.walk(temporary)) {
      assertThat(left.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString))
          .containsExactly("items.xlsx");
    }
  }

  @Test
  void theSameRowsInAWorkbookThatKeepsThemDoNotFitTheHeap(@TempDir Path temporary)
      throws Exception {
    Run run = finish(start("keep-rows", temporary));

    assertThat(run.exitCode()).as(run.output()).isNotZero();
    assertThat(run.output()).contains("OutOfMemoryError");
  }

  /**
   * The number of rows of the first sheet and how often the last item number appears, read from the
   * sheet's XML as a stream.
   */
  static List<Long> sheetRows(Path xlsx) throws IOException {
    try (var zip = new ZipFile(xlsx.toFile())) {
      var entry = zip.getEntry("xl/worksheets/sheet1.xml");
      long rows = 0;
      long last = 0;
      String lastNumber = String.format("I-%06d", ITEMS);
      try (var in =
          new BufferedReader(
              new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          rows += occurrences(line, "<row ");
          last += occurrences(line, ">" + lastNumber + "<");
        }
      }
      return List.of(rows, last);
    }
  }

  private static long occurrences(String text, String part) {
    long count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }
}
