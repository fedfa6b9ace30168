package jp.azukari.audit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff export a search as CSV or XLSX in the background and read the file back. */
@ServiceTest
class AuditExportTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Duration WAIT = Duration.ofSeconds(30);
  static final Instant DAY = Instant.parse("2025-06-01T00:00:00Z");

  @LocalServerPort int port;
  @Autowired KafkaConnectionDetails kafka;

  AuditApi api;
  RawEvents publisher;
  String item = "item-" + UUID.randomUUID();

  @BeforeEach
  void setUp() throws Exception {
    api = AuditApi.on(port);
    publisher = new RawEvents(String.join(",", kafka.getBootstrapServers()));
    var created =
        RecordSearchTest.event("item.ItemCreated", item, DAY, "staff-1", "佐藤 一郎", Map.of());
    var changed =
        RecordSearchTest.event(
            "item.ItemChanged",
            item,
            DAY.plusSeconds(60),
            "staff-1",
            "佐藤 一郎",
            RecordSearchTest.change("title", "古い時計", "=HYPERLINK(\"http://evil\")"));
    publisher.send(Topics.ITEM, created);
    publisher.send(Topics.ITEM, changed);
    await()
        .atMost(WAIT)
        .until(
            () ->
                JSON.readTree(
                            api.get("/api/audit/records?entityId=" + item, TestIssuer.staff())
                                .body())
                        .get("content")
                        .size()
                    == 2);
  }

  @AfterEach
  void tearDown() {
    publisher.close();
  }

  JsonNode exportAndAwait(String format) {
    String request =
        "{\"filter\":{\"entityType\":\"item\",\"entityId\":\""
            + item
            + "\"},\"format\":\""
            + format
            + "\"}";
    var started = api.send("POST", "/api/audit/exports", TestIssuer.staff(), request);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = JSON.readTree(started.body()).get("id").asString();
    await()
        .atMost(WAIT)
        .until(
            () ->
                "DONE"
                    .equals(
                        JSON.readTree(
                                api.get("/api/audit/exports/" + id, TestIssuer.staff()).body())
                            .get("state")
                            .asString()));
    return JSON.readTree(api.get("/api/audit/exports/" + id, TestIssuer.staff()).body());
  }

  byte[] file(JsonNode export) {
    var response =
        TestHttp.on(port)
            .getBytes(
                "/api/audit/exports/" + export.get("id").asString() + "/file", TestIssuer.staff());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment")
        .contains(export.get("fileName").asString());
    return response.body();
  }

  @Test
  void exportsASearchAsCsvNewestFirstWithFormulasNeutralised() throws Exception {
    JsonNode export = exportAndAwait("CSV");

    assertThat(export.get("done").asLong()).isEqualTo(2);
    assertThat(export.get("fileName").asString()).endsWith(".csv");
    String text = new String(file(export), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<CSVRecord> rows =
        CSVFormat.EXCEL
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("type")).isEqualTo("item.ItemChanged");
    assertThat(rows.get(0).get("time")).isEqualTo("2025-06-01T09:01:00+09:00");
    assertThat(rows.get(0).get("actorName")).isEqualTo("佐藤 一郎");
    assertThat(rows.get(0).get("changes")).isEqualTo("title: 古い時計 → =HYPERLINK(\"http://evil\")");
    assertThat(rows.get(0).get("entityId")).isEqualTo(item);
    assertThat(rows.get(1).get("type")).isEqualTo("item.ItemCreated");
    assertThat(rows.get(1).get("hash")).hasSize(64);
  }

  @Test
  void exportsASearchAsXlsx() throws Exception {
    JsonNode export = exportAndAwait("XLSX");

    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file(export)))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("type");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("item.ItemChanged");
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(item);
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("item.ItemCreated");
      assertThat(sheet.getRow(2).getCell(13).getNumericCellValue()).isPositive();
    }
  }

  @Test
  void neutralisesAValueThatStartsLikeAFormula() throws Exception {
    var formula =
        RecordSearchTest.event(
            "item.ItemChanged",
            item,
            DAY.plusSeconds(120),
            "staff-1",
            "=cmd|' /C calc'!A0",
            Map.of());
    publisher.send(Topics.ITEM, formula);
    await()
        .atMost(WAIT)
        .until(
            () ->
                api.get("/api/audit/records/" + formula.id(), TestIssuer.staff()).statusCode()
                    == 200);

    String text = new String(file(exportAndAwait("CSV")), StandardCharsets.UTF_8);

    assertThat(text).contains("'=cmd|' /C calc'!A0").doesNotContain(",=cmd");
  }

  @Test
  void refusesAnUnknownFormatAndAnUnknownExport() {
    var bad = api.send("POST", "/api/audit/exports", TestIssuer.staff(), "{\"format\":\"PDF\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    var missing = api.send("POST", "/api/audit/exports", TestIssuer.staff(), "{}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(api.get("/api/audit/exports/nothing", TestIssuer.staff()).statusCode())
        .isEqualTo(404);
    assertThat(
            api.send("POST", "/api/audit/exports", TestIssuer.member("m-1"), "{\"format\":\"CSV\"}")
                .statusCode())
        .isEqualTo(403);
  }
}
