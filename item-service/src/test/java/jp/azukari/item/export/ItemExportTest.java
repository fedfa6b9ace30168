package jp.azukari.item.export;

import static jp.azukari.item.export.ExportsApi.json;
import static jp.azukari.item.export.StoredItems.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.Topics;
import jp.azukari.item.request.RequestRecord;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * Staff export items for marketplaces with the shipped profiles; each file is read back with the
 * parser a marketplace or spreadsheet would use.
 */
@ServiceTest
class ItemExportTest {

  static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired EmbeddedKafkaBroker kafka;

  ExportsApi api;
  StoredItems stored;
  String tag;
  RequestRecord request;
  String memberId;

  @BeforeEach
  void setUp() {
    api = new ExportsApi(TestHttp.on(port));
    stored = new StoredItems(mongo);
    tag = UUID.randomUUID().toString().substring(0, 8);
    memberId = "member-" + tag;
    stored.member(memberId, "山田", "花子", java.time.LocalDate.of(1990, 4, 1), "VERIFIED");
    request = stored.request("R-" + tag, memberId, null);
  }

  String item(String suffix, Map<String, Object> values) {
    return stored.add("I-" + tag + "-" + suffix, request.id(), memberId, values);
  }

  static List<CSVRecord> csv(byte[] bytes, Charset charset) throws IOException {
    try (var parser =
        CSVParser.parse(
            new InputStreamReader(new ByteArrayInputStream(bytes), charset), CSVFormat.EXCEL)) {
      return parser.getRecords();
    }
  }

  @Test
  void shipsTheYahooAuctionsGenericMarketplaceAndFullWorkbookProfiles() {
    var response = api.http().get("/api/items/export-profiles", TestIssuer.staff());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode profiles = json(response);
    JsonNode yahoo = profile(profiles, "yahoo-auctions");
    assertThat(yahoo.get("format").asString()).isEqualTo("CSV_YAHOO");
    assertThat(yahoo.get("encoding").asString()).isEqualTo("SHIFT_JIS");
    assertThat(headers(yahoo).subList(0, 11))
        .containsExactly(
            "カテゴリ", "タイトル", "説明", "開始価格", "即決価格", "個数", "開催期間", "終了時間", "画像1", "画像2", "画像3");
    JsonNode generic = profile(profiles, "generic-marketplace");
    assertThat(generic.get("format").asString()).isEqualTo("CSV_GENERIC");
    assertThat(generic.get("encoding").asString()).isEqualTo("UTF_8");
    assertThat(profile(profiles, "full-xlsx").get("format").asString()).isEqualTo("XLSX");
    assertThat(profile(profiles, "yahoo-auctions").get("builtIn").asBoolean()).isTrue();
  }

  @Test
  void seedingAgainKeepsOneProfileOfEachAndDoesNotUndoChanges(@Autowired DefaultProfiles seeder)
      throws Exception {
    long before =
        mongo.count(new org.springframework.data.mongodb.core.query.Query(), ExportProfile.class);
    Long version = mongo.findById("yahoo-auctions", ExportProfile.class).version();
    var threads = new ArrayList<Thread>();
    for (int i = 0; i < 4; i++) {
      threads.add(Thread.ofVirtual().start(seeder::seed));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(
            mongo.count(
                new org.springframework.data.mongodb.core.query.Query(), ExportProfile.class))
        .isEqualTo(before);
    assertThat(mongo.findById("yahoo-auctions", ExportProfile.class).version()).isEqualTo(version);
  }

  @Test
  void adminsChooseTheColumnsTheirOrderAndHeadersOfAProfile() throws IOException {
    String id = "shop-" + tag;
    var columns =
        List.of(
            Map.of("source", "title", "header", "商品名"),
            Map.of("source", "number", "header", "管理番号"),
            Map.of("source", "fixed", "header", "送料", "value", "0"));
    var created =
        api.putProfile(
            id,
            Map.of("name", "自店用", "format", "CSV_GENERIC", "columns", columns),
            null,
            TestIssuer.admin());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
    assertThat(json(created).get("encoding").asString()).isEqualTo("UTF_8");

    var reordered =
        Map.of(
            "name",
            "自店用",
            "format",
            "CSV_GENERIC",
            "columns",
            List.of(columns.get(1), columns.get(0), columns.get(2)));
    assertThat(api.putProfile(id, reordered, null, TestIssuer.admin()).statusCode()).isEqualTo(428);
    assertThat(api.putProfile(id, reordered, "\"0\"", TestIssuer.staff()).statusCode())
        .isEqualTo(403);
    var changed = api.putProfile(id, reordered, "\"0\"", TestIssuer.admin());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(api.putProfile(id, reordered, "\"0\"", TestIssuer.admin()).statusCode())
        .isEqualTo(409);

    var invalid =
        api.putProfile(
            id,
            Map.of(
                "name",
                "自店用",
                "format",
                "CSV_GENERIC",
                "columns",
                List.of(Map.of("source", "no such!", "header", "x"))),
            "\"1\"",
            TestIssuer.admin());
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(invalid).get("errors").get(0).get("field").asString())
        .isEqualTo("columns[0].source");
    var blank =
        api.putProfile(
            id,
            Map.of("name", "", "format", "CSV_GENERIC", "columns", List.of()),
            "\"1\"",
            TestIssuer.admin());
    assertThat(blank.statusCode()).isEqualTo(400);
    var current = api.http().get("/api/items/export-profiles/" + id, TestIssuer.staff());
    assertThat(current.headers().firstValue("ETag"))
        .as("bad input changes nothing")
        .hasValue("\"1\"");

    String itemId = item("01", values("title", "@タイトル"));
    String export = api.start(Map.of("profileId", id, "itemIds", List.of(itemId)));
    assertThat(api.awaitEnd(export).get("state").asString()).isEqualTo("DONE");
    List<CSVRecord> records = csv(api.file(export).body(), StandardCharsets.UTF_8);
    assertThat(records.getFirst().toList()).containsExactly("\uFEFF管理番号", "商品名", "送料");
    assertThat(records.get(1).toList()).containsExactly("I-" + tag + "-01", "'@タイトル", "0");
  }

  @Test
  void exportsTheTickedItemsAsTheYahooAuctionsBulkListingCsvInShiftJis() throws IOException {
    String first =
        item(
            "01",
            values(
                "name", "ショルダーバッグ",
                "title", "COACH ショルダーバッグ 〜美品〜",
                "description", "=HYPERLINK(\"http://evil.example\",\"クリック\")",
                "category", "2084005284",
                "condition", "likeNew",
                "memberNotes", "開封済み未使用",
                "startPrice", 12000,
                "quantity", 1));
    stored.addPhoto(first, "image/jpeg");
    stored.addPhoto(first, "image/png");
    String second =
        item("02", values("title", "絵文字😀入りタイトル", "startPrice", 3000L, "condition", "used"));
    item("03", values("title", "選ばれていない"));

    try (var events = new EventsProbe(kafka.getBrokersAsString(), Topics.ITEM)) {
      String id =
          api.start(Map.of("profileId", "yahoo-auctions", "itemIds", List.of(second, first)));
      JsonNode job = api.awaitEnd(id);
      assertThat(job.get("state").asString()).isEqualTo("DONE");
      assertThat(job.get("done").asLong()).isEqualTo(2);
      assertThat(job.get("total").asLong()).isEqualTo(2);
      assertThat(job.get("replacedCharacters").asLong()).isEqualTo(1);
      assertThat(job.get("fileName").asString()).startsWith("ヤフオク!一括出品_").endsWith(".csv");

      var file = api.file(id);
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type")).hasValue("text/csv;charset=Shift_JIS");
      assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment; filename=\"")
          .contains("filename*=UTF-8''" + Downloads.percentEncoded(job.get("fileName").asString()));
      List<CSVRecord> records = csv(file.body(), WINDOWS_31J);
      assertThat(records).hasSize(3);
      assertThat(records.getFirst().toList())
          .isEqualTo(DefaultProfiles.yahooColumns().stream().map(ExportColumn::header).toList());
      // In item number order, whatever order they were ticked in.
      Map<String, String> row = row(records.getFirst(), records.get(1));
      assertThat(row)
          .containsEntry("カテゴリ", "2084005284")
          .containsEntry("タイトル", "COACH ショルダーバッグ ～美品～")
          .containsEntry("説明", "'=HYPERLINK(\"http://evil.example\",\"クリック\")")
          .containsEntry("開始価格", "12000")
          .containsEntry("即決価格", "")
          .containsEntry("個数", "1")
          .containsEntry("開催期間", "7")
          .containsEntry("終了時間", "22")
          .containsEntry("画像1", "I-" + tag + "-01-1.jpg")
          .containsEntry("画像2", "I-" + tag + "-01-2.png")
          .containsEntry("画像3", "")
          .containsEntry("商品の状態", "未使用に近い")
          .containsEntry("商品の状態備考", "開封済み未使用")
          .containsEntry("返品の可否", "返品不可");
      Map<String, String> other = row(records.getFirst(), records.get(2));
      assertThat(other)
          .containsEntry("タイトル", "絵文字〓入りタイトル")
          .containsEntry("開始価格", "3000")
          .containsEntry("商品の状態", "やや傷や汚れあり");

      var announced =
          events.awaitRecords(r -> r.key().equals(id), 1, Duration.ofSeconds(20)).getFirst();
      JsonNode event = ExportsApi.JSON.readTree(announced.value());
      assertThat(event.get("type").asString()).isEqualTo("item.ItemsExported");
      assertThat(event.get("actorid").asString()).isEqualTo("staff-1");
      assertThat(event.get("data").get("format").asString()).isEqualTo("CSV_YAHOO");
      assertThat(event.get("data").get("profile").asString()).isEqualTo("yahoo-auctions");
      assertThat(event.get("data").get("itemCount").asLong()).isEqualTo(2);
    }
  }

  @Test
  void exportsAFilteredSelectionAsTheGenericCsvInUtf8WithAByteOrderMark() throws IOException {
    item("02", values("title", "+テレビ", "brand", "SONY", "startPrice", 5000, "quantity", 2));
    item("01", values("title", "ラジオ", "condition", "new"));
    var otherRequest = stored.request("R-" + tag + "-x", memberId, null);
    stored.add("I-" + tag + "-99", otherRequest.id(), memberId, values("title", "他の申込"));

    String id =
        api.start(
            Map.of(
                "profileId", "generic-marketplace", "filter", Map.of("requestId", request.id())));
    assertThat(api.awaitEnd(id).get("state").asString()).isEqualTo("DONE");
    var file = api.file(id);

    assertThat(file.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(Arrays.copyOf(file.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<CSVRecord> records = csv(file.body(), StandardCharsets.UTF_8);
    assertThat(records.getFirst().toList())
        .containsExactly(
            "\uFEFFsku",
            "title",
            "description",
            "brand",
            "condition",
            "category",
            "price",
            "quantity",
            "image_1",
            "image_2",
            "image_3");
    assertThat(records).hasSize(3);
    assertThat(records.get(1).get(0)).isEqualTo("I-" + tag + "-01");
    assertThat(records.get(1).get(4)).isEqualTo("new");
    assertThat(records.get(2).toList().subList(0, 8))
        .containsExactly("I-" + tag + "-02", "'+テレビ", "", "SONY", "", "", "5000", "2");
  }

  @Test
  void exportsEverythingAboutTheItemsToAWorkbook() throws IOException {
    String listed =
        item(
            "01",
            values("name", "腕時計", "title", "SEIKO 腕時計", "features", "裏蓋に刻印", "startPrice", 8000));
    stored.price(listed, "a-" + tag, 9500, 12000L);
    item("02", values("name", "-5度まで", "quantity", "3"));

    String id =
        api.start(Map.of("profileId", "full-xlsx", "filter", Map.of("requestId", request.id())));
    assertThat(api.awaitEnd(id).get("state").asString()).isEqualTo("DONE");
    var file = api.file(id);
    assertThat(file.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      var sheet = workbook.getSheetAt(0);
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      assertThat(headers)
          .isEqualTo(DefaultProfiles.fullColumns().stream().map(ExportColumn::header).toList());
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      Row first = sheet.getRow(1);
      assertThat(cell(first, headers, "管理番号")).isEqualTo("I-" + tag + "-01");
      assertThat(cell(first, headers, "申込番号")).isEqualTo("R-" + tag);
      assertThat(cell(first, headers, "会員ID")).isEqualTo(memberId);
      assertThat(cell(first, headers, "特徴")).isEqualTo("裏蓋に刻印");
      assertThat(cell(first, headers, "オークションID")).isEqualTo("a-" + tag);
      assertThat(cell(first, headers, "出品日時")).isEqualTo("2026-04-01 10:00:00");
      var bid = first.getCell(headers.indexOf("現在価格"));
      assertThat(bid.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(bid.getNumericCellValue()).isEqualTo(9500.0);
      assertThat(first.getCell(headers.indexOf("落札価格")).getNumericCellValue()).isEqualTo(12000.0);
      assertThat(first.getCell(headers.indexOf("開始価格")).getNumericCellValue()).isEqualTo(8000.0);
      Row second = sheet.getRow(2);
      assertThat(cell(second, headers, "品名")).isEqualTo("'-5度まで");
      assertThat(cell(second, headers, "数量")).isEqualTo("3");
      assertThat(second.getCell(headers.indexOf("落札価格"))).isNull();
    }
  }

  @Test
  void refusesAnExportWithoutOneSelectionOrWithAnUnknownProfile() {
    var both =
        api.start(
            Map.of("profileId", "full-xlsx", "itemIds", List.of("x"), "filter", Map.of()),
            TestIssuer.staff());
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(json(both).get("errors").get(0).get("code").asString()).isEqualTo("selection.oneOf");

    var unknown = api.start(Map.of("profileId", "no-such", "filter", Map.of()), TestIssuer.staff());
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("errors").get(0).get("field").asString()).isEqualTo("profileId");

    var none =
        api.start(Map.of("profileId", "full-xlsx", "itemIds", List.of()), TestIssuer.staff());
    assertThat(json(none).get("errors").get(0).get("code").asString()).isEqualTo("itemIds.size");
  }

  @Test
  void onlyStaffExportAndAnUnknownExportIsNotFound() {
    var member =
        api.start(
            Map.of("profileId", "full-xlsx", "filter", Map.of()), TestIssuer.member(memberId));
    assertThat(member.statusCode()).isEqualTo(403);
    assertThat(
            api.http().get("/api/items/export-profiles", TestIssuer.member(memberId)).statusCode())
        .isEqualTo(403);

    var unknown = api.http().get("/api/items/exports/" + UUID.randomUUID(), TestIssuer.staff());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get("code").asString()).isEqualTo("export-unknown");
    assertThat(api.file(UUID.randomUUID().toString()).statusCode()).isEqualTo(404);
  }

  @Test
  void anInterruptedExportIsFailedAndItsFileIsNotOffered(@Autowired ExportJobs jobs) {
    var profile = mongo.findById("full-xlsx", ExportProfile.class);
    var stale =
        ExportJob.items(
            "stale-" + tag,
            profile,
            "x.xlsx",
            "staff-1",
            "佐藤 一郎",
            java.time.Instant.now().minus(Duration.ofHours(1)));
    mongo.insert(stale);

    assertThat(jobs.failInterrupted()).isGreaterThanOrEqualTo(1);

    JsonNode job = json(api.http().get("/api/items/exports/stale-" + tag, TestIssuer.staff()));
    assertThat(job.get("state").asString()).isEqualTo("FAILED");
    assertThat(job.get("failure").get("code").asString()).isEqualTo("export.interrupted");
    var file = api.file("stale-" + tag);
    assertThat(file.statusCode()).isEqualTo(409);
  }

  @Test
  void aFileIsDeletedAfterItsKeepingTime(@Autowired ExportJobs jobs) {
    item("01", values("title", "古い"));
    String id =
        api.start(Map.of("profileId", "full-xlsx", "filter", Map.of("requestId", request.id())));
    api.awaitEnd(id);
    mongo.updateFirst(
        org.springframework.data.mongodb.core.query.Query.query(
            org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
        new org.springframework.data.mongodb.core.query.Update()
            .set("finishedAt", java.time.Instant.now().minus(Duration.ofDays(30))),
        ExportJob.class);

    jobs.deleteOldFiles();

    assertThat(
            json(api.http().get("/api/items/exports/" + id, TestIssuer.staff()))
                .get("fileAvailable")
                .asBoolean())
        .isFalse();
    var file = api.file(id);
    assertThat(file.statusCode()).isEqualTo(410);
  }

  private static JsonNode profile(JsonNode profiles, String id) {
    for (JsonNode profile : profiles) {
      if (profile.get("id").asString().equals(id)) {
        return profile;
      }
    }
    throw new AssertionError("No profile " + id + " in " + profiles);
  }

  private static List<String> headers(JsonNode profile) {
    var headers = new ArrayList<String>();
    profile.get("columns").forEach(c -> headers.add(c.get("header").asString()));
    return headers;
  }

  private static Map<String, String> row(CSVRecord header, CSVRecord record) {
    var row = new java.util.LinkedHashMap<String, String>();
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), record.get(i));
    }
    return row;
  }

  private static String cell(Row row, List<String> headers, String header) {
    var cell = row.getCell(headers.indexOf(header));
    return cell == null ? null : cell.getStringCellValue();
  }
}
