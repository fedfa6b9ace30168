package jp.azukari.item.export;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Runs one item export in a JVM of its own, for {@link SmallHeapExportTest}: {@code stream} runs
 * the export as the service does (a MongoDB cursor into the streaming workbook, the file into
 * GridFS); {@code keep-rows} writes the same rows with POI's ordinary workbook, which keeps every
 * row in memory, to show that the heap given is too small for that.
 */
public final class SmallHeapExport {

  public static final String JOB_ID = "small-heap-export";

  public static void main(String[] args) throws Exception {
    String uri = args[0];
    String database = args[1];
    String mode = args[2];
    try (MongoClient client = MongoClients.create(uri)) {
      var mongo = new MongoTemplate(client, database);
      ExportProfile profile =
          DefaultProfiles.all(Clock.systemUTC()).stream()
              .filter(p -> p.id().equals(DefaultProfiles.FULL))
              .findFirst()
              .orElseThrow();
      var table = new ItemTable(mongo, profile.columns(), new Query().with(Sort.by("number")));
      if (mode.equals("stream")) {
        mongo.insert(
            ExportJob.items(
                JOB_ID, profile, "items.xlsx", "staff-1", "佐藤 一郎", Clock.systemUTC().instant()));
        new ExportJobs(mongo, new ExportProperties(null, null, null, null), Clock.systemUTC())
            .run(JOB_ID, table, "items");
      } else {
        try (var writer =
                new XlsxSheetWriter(new XSSFWorkbook(), OutputStream.nullOutputStream(), "items");
            var rows = table.rows()) {
          writer.header(table.headers());
          for (List<Object> row : (Iterable<List<Object>>) rows::iterator) {
            writer.row(row);
          }
          writer.finish();
        }
      }
    }
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getPeakUsage)
            .mapToLong(usage -> usage.getUsed())
            .sum();
    System.out.println("peak heap used: " + peak / (1024 * 1024) + " MB");
  }
}
