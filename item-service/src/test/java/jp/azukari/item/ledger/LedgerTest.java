package jp.azukari.item.ledger;

import static jp.azukari.item.export.ExportsApi.json;
import static jp.azukari.item.export.StoredItems.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.azukari.contracts.DomainEvent;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.Topics;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.item.export.ExportsApi;
import jp.azukari.item.export.StoredItems;
import jp.azukari.item.member.MemberRecord;
import jp.azukari.item.request.RequestRecord;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * The transaction ledger (古物台帳): an entry per item acquired, made when the request's items are
 * received, with the counterparty frozen as it was; listed and exported by staff, the export on the
 * audit log; kept through a member's erasure and deleted only after the retention.
 */
@ServiceTest
class LedgerTest {

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** Each test acquires on a day of its own, so listing a day finds only that test's entries. */
  static final AtomicInteger DAYS = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired LedgerSweep sweep;
  @Autowired LedgerRetention retention;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;

  TestHttp http;
  StoredItems stored;
  String tag;
  String memberId;
  LocalDate day;
  Instant receivedAt;

  @BeforeEach
  void setUp() {
    http = TestHttp.on(port);
    stored = new StoredItems(mongo);
    tag = UUID.randomUUID().toString().substring(0, 8);
    memberId = "member-" + tag;
    day = LocalDate.now(JAPAN).minusDays(30 + DAYS.incrementAndGet());
    receivedAt = day.atTime(LocalTime.of(10, 15)).atZone(JAPAN).toInstant();
  }

  String item(RequestRecord request, String suffix, Map<String, Object> values) {
    return stored.add("L-" + tag + "-" + suffix, request.id(), memberId, values);
  }

  LedgerEntry entry(String itemId) {
    return mongo.findById(itemId, LedgerEntry.class);
  }

  JsonNode listDay() {
    var response = http.get("/api/items/ledger?from=" + day + "&to=" + day, TestIssuer.staff());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  void publish(DomainEvent event) {
    var envelope = envelopes.wrap(event);
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()),
            new StringSerializer(),
            new StringSerializer())) {
      producer
          .send(new ProducerRecord<>(Topics.MEMBER, envelope.subject(), envelopes.toJson(envelope)))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void entersEveryItemOfARequestWhenItsItemsAreReceived() {
    stored.member(memberId, "山田", "花子", day.minusYears(36), "VERIFIED");
    RequestRecord request = stored.request("R-" + tag, memberId, null);
    String bag =
        item(
            request,
            "01",
            values(
                "name", "ショルダーバッグ",
                "brand", "COACH",
                "condition", "used",
                "features", "内側にシリアル刻印",
                "title", "COACH ショルダーバッグ"));
    String watches = item(request, "02", values("title", "腕時計セット", "quantity", 3));

    sweep.sweep();
    assertThat(entry(bag)).as("not acquired before the items are received").isNull();

    stored.receive(request, receivedAt);
    sweep.sweep();

    LedgerEntry entry = entry(bag);
    assertThat(entry.acquiredAt()).isEqualTo(receivedAt);
    assertThat(entry.acquiredOn()).isEqualTo(day);
    assertThat(entry(watches).description().quantity()).isEqualTo(3);

    JsonNode page = listDay();
    assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(2);
    JsonNode first = page.get("content").get(0);
    assertThat(first.get("acquiredOn").asString()).isEqualTo(day.toString());
    assertThat(first.get("transactionType").asString()).isEqualTo("CONSIGNMENT");
    assertThat(first.get("itemNumber").asString()).isEqualTo("L-" + tag + "-01");
    assertThat(first.get("requestNumber").asString()).isEqualTo("R-" + tag);
    assertThat(first.get("description").asString()).isEqualTo("ショルダーバッグ（ブランド: COACH、状態: 中古）");
    assertThat(first.get("features").asString()).isEqualTo("内側にシリアル刻印");
    assertThat(first.get("quantity").asLong()).isEqualTo(1);
    assertThat(first.get("memberId").asString()).isEqualTo(memberId);
    JsonNode counterparty = first.get("counterparty");
    assertThat(counterparty.get("name").asString()).isEqualTo("山田 花子");
    assertThat(counterparty.get("address").asString()).isEqualTo("〒100-0001 東京都千代田区千代田1-1 201号室");
    assertThat(counterparty.get("occupation").asString()).isEqualTo("会社員");
    assertThat(counterparty.get("age").asInt()).isEqualTo(36);
    JsonNode verification = first.get("identityVerification");
    assertThat(verification.get("method").asString()).isEqualTo("運転免許証");
    assertThat(verification.get("verifiedOn").asString()).isEqualTo("2026-03-01");
    assertThat(page.get("content").get(1).get("description").asString()).isEqualTo("腕時計セット");

    Long version = entry(bag).version();
    sweep.sweep();
    assertThat(entry(bag).version()).as("a second sweep changes nothing").isEqualTo(version);
    assertThat(listDay().get("page").get("totalElements").asLong()).isEqualTo(2);
  }

  @Test
  void entersAnItemAddedToARequestThatIsAlreadyReceived() {
    stored.member(memberId, "山田", "花子", LocalDate.of(1990, 4, 1), "VERIFIED");
    RequestRecord walkIn = stored.request("R-" + tag, memberId, receivedAt);
    sweep.sweep();

    String added = item(walkIn, "01", values("name", "掛け時計"));
    sweep.sweep();

    assertThat(entry(added).acquiredAt()).isEqualTo(receivedAt);
    assertThat(entry(added).counterparty().name()).isEqualTo("山田 花子");
  }

  @Test
  void theCounterpartyStaysAsCopiedWhenTheMemberChangesTheirProfileOrIsErased() {
    MemberRecord member = stored.member(memberId, "山田", "花子", LocalDate.of(1990, 4, 1), "VERIFIED");
    RequestRecord request = stored.request("R-" + tag, memberId, receivedAt);
    String itemId = item(request, "01", values("name", "花瓶"));
    sweep.sweep();
    LedgerEntry.Counterparty copied = entry(itemId).counterparty();

    publish(
        new ProfileChanged(
            memberId,
            List.of(
                new FieldChange("familyName", "山田", "佐藤"),
                new FieldChange("address.city", "千代田区", "港区"))));
    mongo.save(
        new MemberRecord(
            memberId,
            "佐藤",
            member.givenName(),
            "サトウ",
            member.givenNameKana(),
            member.birthDate(),
            "自営業",
            new MemberRecord.Address("105-0011", "東京都", "港区", "芝公園4-2-8", null),
            member.verification(),
            null,
            Instant.now()));
    sweep.sweep();
    assertThat(entry(itemId).counterparty()).isEqualTo(copied);

    publish(
        new PersonalDataErased(
            memberId, List.of("familyName", "givenName", "address.city"), "本人の申し出", 1, 0, 0, 0));
    mongo.save(
        new MemberRecord(
            memberId,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            member.verification(),
            Instant.now(),
            Instant.now()));
    sweep.sweep();

    LedgerEntry kept = entry(itemId);
    assertThat(kept).as("an erasure never deletes a ledger entry").isNotNull();
    assertThat(kept.counterparty()).isEqualTo(copied);
    assertThat(copied.name()).isEqualTo("山田 花子");
    assertThat(copied.address()).contains("千代田区");
    assertThat(copied.occupation()).isEqualTo("会社員");
  }

  @Test
  void theDescriptionFollowsTheItemAndKeepsWhatItSaidBefore() {
    stored.member(memberId, "山田", "花子", LocalDate.of(1990, 4, 1), "VERIFIED");
    RequestRecord request = stored.request("R-" + tag, memberId, receivedAt);
    String itemId = item(request, "01", values("name", "カメラ"));
    sweep.sweep();
    assertThat(entry(itemId).description().features()).isNull();

    stored.change(itemId, "features", "レンズにカビ、シリアル12345");
    stored.change(itemId, "quantity", 2);
    sweep.sweep();

    LedgerEntry entry = entry(itemId);
    assertThat(entry.description().features()).isEqualTo("レンズにカビ、シリアル12345");
    assertThat(entry.description().quantity()).isEqualTo(2);
    assertThat(entry.corrections())
        .extracting(
            LedgerEntry.Correction::field,
            LedgerEntry.Correction::before,
            LedgerEntry.Correction::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("features", null, "レンズにカビ、シリアル12345"),
            org.assertj.core.groups.Tuple.tuple("quantity", "1", "2"));
    assertThat(entry.counterparty().name()).isEqualTo("山田 花子");
  }

  @Test
  void aVerificationDecidedAfterReceiptIsFilledInOnce() {
    MemberRecord member = stored.member(memberId, "山田", "花子", LocalDate.of(1990, 4, 1), "PENDING");
    RequestRecord request = stored.request("R-" + tag, memberId, receivedAt);
    String itemId = item(request, "01", values("name", "万年筆"));
    sweep.sweep();
    assertThat(entry(itemId).verification()).isNull();
    assertThat(listDay().get("content").get(0).get("identityVerification").isNull()).isTrue();

    Instant decided = Instant.parse("2026-03-05T03:00:00Z");
    mongo.save(
        new MemberRecord(
            memberId,
            member.familyName(),
            member.givenName(),
            member.familyNameKana(),
            member.givenNameKana(),
            member.birthDate(),
            "学生",
            member.address(),
            new MemberRecord.Verification("VERIFIED", List.of("MY_NUMBER_CARD"), decided),
            null,
            Instant.now()));
    sweep.sweep();

    LedgerEntry entry = entry(itemId);
    assertThat(entry.verification().documentKinds()).containsExactly("MY_NUMBER_CARD");
    assertThat(entry.verification().verifiedAt()).isEqualTo(decided);
    assertThat(entry.counterparty().occupation()).as("the counterparty stays").isEqualTo("会社員");
    assertThat(listDay().get("content").get(0).get("identityVerification").get("method").asString())
        .isEqualTo("マイナンバーカード");
  }

  @Test
  void aMemberNotKnownYetAtReceiptIsCopiedWhenTheirRecordArrives() {
    RequestRecord request = stored.request("R-" + tag, memberId, receivedAt);
    String itemId = item(request, "01", values("name", "茶碗"));
    sweep.sweep();
    assertThat(entry(itemId).counterpartyPending()).isTrue();

    stored.member(memberId, "山田", "花子", day.minusYears(20).plusDays(1), "VERIFIED");
    sweep.sweep();

    LedgerEntry entry = entry(itemId);
    assertThat(entry.counterpartyPending()).isFalse();
    assertThat(entry.counterparty().name()).isEqualTo("山田 花子");
    assertThat(entry.counterparty().age()).as("age on the acquisition date").isEqualTo(19);
  }

  @Test
  void listsTheEntriesOfAPeriodPageByPageForStaffOnly() {
    stored.member(memberId, "山田", "花子", LocalDate.of(1990, 4, 1), "VERIFIED");
    RequestRecord request = stored.request("R-" + tag, memberId, receivedAt);
    for (String suffix : List.of("03", "01", "02")) {
      item(request, suffix, values("name", "品物" + suffix));
    }
    sweep.sweep();

    var response =
        http.get(
            "/api/items/ledger?from=" + day + "&to=" + day + "&size=2&page=1", TestIssuer.staff());
    JsonNode page = json(response);
    assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(3);
    assertThat(page.get("page").get("totalPages").asLong()).isEqualTo(2);
    assertThat(page.get("content")).hasSize(1);
    assertThat(page.get("content").get(0).get("itemNumber").asString())
        .isEqualTo("L-" + tag + "-03");
    assertThat(
            json(http.get(
                    "/api/items/ledger?from=" + day.plusDays(1) + "&to=" + day.plusDays(1),
                    TestIssuer.staff()))
                .get("content"))
        .allSatisfy(e -> assertThat(e.get("memberId").asString()).isNotEqualTo(memberId));

    var backwards =
        http.get("/api/items/ledger?from=" + day + "&to=" + day.minusDays(1), TestIssuer.staff());
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(json(backwards).get("errors").get(0).get("code").asString())
        .isEqualTo("period.order");
    assertThat(http.get("/api/items/ledger", TestIssuer.member(memberId)).statusCode())
        .isEqualTo(403);
  }

  @Test
  void staffExportTheLedgerOfAPeriodAndWhoReadItIsOnTheAuditLog() throws IOException {
    stored.member(memberId, "山田", "花子", LocalDate.of(1990, 4, 1), "VERIFIED");
    RequestRecord request = stored.request("R-" + tag, memberId, receivedAt);
    item(request, "01", values("name", "=cmd|' /C calc'!A0", "features", "箱なし"));
    item(request, "02", values("name", "置物"));
    sweep.sweep();

    try (var events = new EventsProbe(kafka.getBrokersAsString(), Topics.ITEM)) {
      var started =
          http.postJson(
              "/api/items/ledger/exports",
              ExportsApi.toJson(
                  Map.of("from", day.toString(), "to", day.toString(), "format", "CSV")),
              TestIssuer.staff());
      assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
      String id = json(started).get("id").asString();
      JsonNode job =
          ExportsApi.awaitEnd(http, "/api/items/ledger/exports/" + id, TestIssuer.staff());
      assertThat(job.get("state").asString()).isEqualTo("DONE");
      assertThat(job.get("kind").asString()).isEqualTo("LEDGER");
      assertThat(job.get("done").asLong()).isEqualTo(2);
      assertThat(job.get("from").asString()).isEqualTo(day.toString());

      var file = http.getBytes("/api/items/ledger/exports/" + id + "/file", TestIssuer.staff());
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
          .contains("filename*=UTF-8''%E5%8F%A4%E7%89%A9%E5%8F%B0%E5%B8%B3_" + day);
      List<CSVRecord> records;
      try (var parser =
          CSVParser.parse(
              new InputStreamReader(new ByteArrayInputStream(file.body()), StandardCharsets.UTF_8),
              CSVFormat.EXCEL)) {
        records = parser.getRecords();
      }
      assertThat(records.getFirst().toList().subList(1, 12))
          .containsExactly(
              "区別",
              "品目",
              "特徴",
              "数量",
              "相手方氏名",
              "相手方氏名（カナ）",
              "相手方住所",
              "相手方職業",
              "相手方年齢",
              "確認方法",
              "確認日");
      assertThat(records).hasSize(3);
      CSVRecord first = records.get(1);
      assertThat(first.get(0)).isEqualTo(day.toString());
      assertThat(first.get(1)).isEqualTo("受託");
      assertThat(first.get(2)).isEqualTo("'=cmd|' /C calc'!A0");
      assertThat(first.get(3)).isEqualTo("箱なし");
      assertThat(first.get(5)).isEqualTo("山田 花子");
      assertThat(first.get(10)).isEqualTo("運転免許証");
      assertThat(first.get(12)).isEqualTo("L-" + tag + "-01");

      var announced =
          events.awaitRecords(r -> r.key().equals(id), 1, Duration.ofSeconds(20)).getFirst();
      JsonNode event = ExportsApi.JSON.readTree(announced.value());
      assertThat(event.get("type").asString()).isEqualTo("item.LedgerExported");
      assertThat(event.get("actorid").asString()).isEqualTo("staff-1");
      assertThat(event.get("actorname").asString()).isEqualTo("佐藤 一郎");
      assertThat(event.get("data").get("from").asString()).isEqualTo(day.toString());
      assertThat(event.get("data").get("entryCount").asLong()).isEqualTo(2);

      String otherStaff = TestIssuer.user("staff-2", "田中 四郎", "staff").encode();
      assertThat(http.get("/api/items/ledger/exports/" + id, otherStaff).statusCode())
          .isEqualTo(404);
      assertThat(
              http.getBytes("/api/items/ledger/exports/" + id + "/file", otherStaff).statusCode())
          .isEqualTo(404);
      assertThat(http.get("/api/items/exports/" + id, TestIssuer.staff()).statusCode())
          .isEqualTo(404);
    }
  }

  @Test
  void exportsTheLedgerToAWorkbookToo() throws IOException {
    stored.member(memberId, "山田", "花子", LocalDate.of(1990, 4, 1), "VERIFIED");
    RequestRecord request = stored.request("R-" + tag, memberId, receivedAt);
    item(request, "01", values("name", "屏風"));
    sweep.sweep();

    var started =
        http.postJson(
            "/api/items/ledger/exports",
            ExportsApi.toJson(
                Map.of("from", day.toString(), "to", day.toString(), "format", "XLSX")),
            TestIssuer.staff());
    String id = json(started).get("id").asString();
    ExportsApi.awaitEnd(http, "/api/items/ledger/exports/" + id, TestIssuer.staff());
    var file = http.getBytes("/api/items/ledger/exports/" + id + "/file", TestIssuer.staff());

    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("古物台帳");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("取引年月日");
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("屏風");
      assertThat(sheet.getRow(1).getCell(9).getNumericCellValue())
          .isEqualTo((double) Age.on(LocalDate.of(1990, 4, 1), day));
    }
  }

  @Test
  void theRetentionDeletesOnlyEntriesOlderThanItKeeps() {
    stored.member(memberId, "山田", "花子", LocalDate.of(1990, 4, 1), "VERIFIED");
    LocalDate today = LocalDate.now(JAPAN);
    Instant tooOld = today.minusYears(3).minusDays(2).atStartOfDay(JAPAN).toInstant();
    Instant stillKept = today.minusYears(3).plusDays(2).atStartOfDay(JAPAN).toInstant();
    String old =
        item(stored.request("R-" + tag + "-a", memberId, tooOld), "01", values("name", "古い"));
    String kept =
        item(stored.request("R-" + tag + "-b", memberId, stillKept), "02", values("name", "新しい"));
    sweep.sweep();
    assertThat(entry(old)).isNotNull();

    assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);

    assertThat(entry(old)).isNull();
    assertThat(entry(kept)).isNotNull();
  }
}
