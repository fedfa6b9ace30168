package jp.azukari.member.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.Topics;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Profile;
import jp.azukari.member.registration.InMemoryUserAccounts;
import jp.azukari.member.registration.Mailbox;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * Staff import existing customers from the files Japanese shops export: a dry run reports per row
 * and changes nothing, the real run creates and updates members as reported.
 */
@ServiceTest
class MemberImportTest {

  static final String HEADER = "メールアドレス,姓,名,セイ,メイ,生年月日,電話番号,郵便番号,都道府県,市区町村,住所1,住所2,職業,会員ランク\r\n";

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired InMemoryUserAccounts accounts;

  ImportApi api;
  String tag;

  @BeforeEach
  void setUp() {
    api = new ImportApi(TestHttp.on(port));
    tag = UUID.randomUUID().toString().substring(0, 8);
  }

  String email(String who) {
    return who + "." + tag + "@example.com";
  }

  Member memberWith(String email) {
    return mongo.findOne(Query.query(Criteria.where("email").is(email)), Member.class);
  }

  @Test
  void aDryRunReportsEveryRowAndChangesNothing() {
    String csv =
        HEADER
            + email("hanako")
            + ",山田,花子,ﾔﾏﾀﾞ,はなこ,平成2年4月1日,090-1234-5678,〒100-0001,東京,千代田区,千代田1-1,,会社員,ゴールド\r\n"
            + email("bad")
            + ",佐藤,一郎,サトウ,イチロウ,2099-01-01,12345,1000,東京州,港区,1-1,,,\r\n"
            + email("hanako").toUpperCase()
            + ",山田,花子,ヤマダ,ハナコ,,,,,,,,,\r\n"
            + ",名無し,,,,,,,,,,,,\r\n";
    byte[] withBom =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            csv.getBytes(StandardCharsets.UTF_8));

    String id = api.start("顧客一覧.csv", withBom, null);
    JsonNode job = api.awaitEnd(id);

    assertThat(job.get("state").asString()).isEqualTo("DONE");
    assertThat(job.get("dryRun").asBoolean()).isTrue();
    assertThat(job.get("encoding").asString()).isEqualTo("UTF-8");
    assertThat(job.get("rowsRead").asLong()).isEqualTo(4);
    assertThat(job.get("created").asLong()).isEqualTo(1);
    assertThat(job.get("rejected").asLong()).isEqualTo(3);
    assertThat(job.get("unknownColumns").toString()).contains("会員ランク");
    assertThat(job.get("canRunForReal").asBoolean()).isTrue();
    assertThat(memberWith(email("hanako"))).isNull();

    JsonNode rejected = api.rows(id, "outcome=REJECTED").get("content");
    assertThat(rejected).hasSize(3);
    JsonNode bad = rejected.get(0);
    assertThat(bad.get("row").asLong()).isEqualTo(3);
    assertThat(bad.get("messages").toString())
        .contains(
            "birthDate.future", "phone.format", "postalCode.format", "prefecture.unknown", "郵便番号");
    assertThat(rejected.get(1).get("messages").toString()).contains("import.duplicateRow", "Row 2");
    assertThat(rejected.get(2).get("messages").toString()).contains("import.emailRequired");
  }

  @Test
  void theRealRunCreatesAndUpdatesMembersAsTheDryRunReported() {
    String known = email("known");
    mongo.insert(
        Member.imported(
            "member-" + UUID.randomUUID(),
            known,
            new Profile("鈴木", "次郎", "スズキ", "ジロウ", null, "0311112222", null, "会社員"),
            "earlier",
            Instant.now()));
    String csv =
        HEADER
            + email("new")
            + ",山田,花子,ﾔﾏﾀﾞ,はなこ,1990/4/1,０９０１２３４５６７８,1000001,東京都,千代田区,千代田1-1,,会社員,\r\n"
            + known
            + ",,,,,,080-9999-0000,,,,,,,\r\n";
    String id = api.start("members.csv", csv.getBytes(StandardCharsets.UTF_8), "dryRun=true");
    assertThat(api.awaitEnd(id).get("updated").asLong()).isEqualTo(1);
    assertThat(memberWith(known).profile().phone()).isEqualTo("0311112222");

    try (var events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER);
        var mailbox = new Mailbox(kafka.getBrokersAsString(), envelopes)) {
      assertThat(api.runForReal(id).statusCode()).isEqualTo(202);
      JsonNode job = api.awaitEnd(id);

      assertThat(job.get("state").asString()).isEqualTo("DONE");
      assertThat(job.get("dryRun").asBoolean()).isFalse();
      assertThat(job.get("created").asLong()).isEqualTo(1);
      assertThat(job.get("updated").asLong()).isEqualTo(1);
      assertThat(job.get("canRunForReal").asBoolean()).isFalse();

      Member created = memberWith(email("new"));
      assertThat(created.status().name()).isEqualTo("PROVISIONAL");
      assertThat(created.emailConfirmed()).isFalse();
      assertThat(created.version()).isZero();
      assertThat(created.profile().familyNameKana()).isEqualTo("ヤマダ");
      assertThat(created.profile().givenNameKana()).isEqualTo("ハナコ");
      assertThat(created.profile().phone()).isEqualTo("09012345678");
      assertThat(created.profile().birthDate()).isEqualTo(LocalDate.of(1990, 4, 1));
      assertThat(created.profile().address().postalCode()).isEqualTo("100-0001");
      assertThat(accounts.byEmail(email("new")).id())
          .as("the member is stored under the id of the login account opened for them")
          .isEqualTo(created.id());
      assertThat(mailbox.mailsTo(email("new"), 1).getFirst())
          .containsEntry("purpose", "IMPORT_INVITATION")
          .containsEntry("memberId", created.id());
      Member updated = memberWith(known);
      assertThat(updated.profile().phone()).isEqualTo("08099990000");
      assertThat(updated.profile().familyName()).isEqualTo("鈴木");

      var memberEvents =
          events.awaitRecords(
              r ->
                  r.key().equals(created.id())
                      || r.key().equals(updated.id())
                      || r.key().equals(id),
              6,
              Duration.ofSeconds(20));
      var types = memberEvents.stream().map(r -> envelopes.fromJson(r.value())).toList();
      assertThat(types)
          .extracting(e -> e.type())
          .contains(
              "member.MemberCreated",
              "member.ProfileChanged",
              "member.MemberImported",
              "member.ImportStarted",
              "member.ImportFinished");
      assertThat(types)
          .filteredOn(e -> e.subject().equals(updated.id()) && e.actorid().equals("staff-1"))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.type()).isEqualTo("member.ProfileChanged");
                assertThat(e.actortype()).isEqualTo(ActorType.STAFF);
                assertThat(e.actorname()).isEqualTo("佐藤 一郎");
                assertThat(e.data().get("changes").toString())
                    .contains("phone", "0311112222", "08099990000");
              });
      assertThat(types)
          .filteredOn(e -> e.subject().equals(created.id()) || e.subject().equals(id))
          .allSatisfy(e -> assertThat(e.actorid()).isEqualTo("staff-1"));
    }
    assertThat(api.runForReal(id).statusCode()).isEqualTo(409);
  }

  @Test
  void readsShiftJisAsJapaneseExcelSavesIt() {
    String csv =
        HEADER
            + email("sjis")
            + ",髙橋,美咲,ﾀｶﾊｼ,ミサキ,S60.1.2,03-1234-5678,１５０－０００１,大阪府,大阪市北区,梅田１－１,ハイツ①,教員,\r\n";
    String id = api.start("sjis.csv", csv.getBytes(Charset.forName("windows-31j")), "dryRun=false");
    JsonNode job = api.awaitEnd(id);

    assertThat(job.get("encoding").asString()).isEqualTo("windows-31j");
    assertThat(job.get("created").asLong()).as(job.toString()).isEqualTo(1);
    Member member = memberWith(email("sjis"));
    assertThat(member.profile().familyName()).isEqualTo("髙橋");
    assertThat(member.profile().familyNameKana()).isEqualTo("タカハシ");
    assertThat(member.profile().address().line2()).isEqualTo("ハイツ①");
    assertThat(member.profile().birthDate()).isEqualTo(LocalDate.of(1985, 1, 2));
  }

  @Test
  void readsTheFirstSheetOfAnXlsxWorkbookWithNumbersDatesAndFormulas() throws IOException {
    byte[] xlsx;
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("会員");
      var header = sheet.createRow(0);
      String[] names = {
        "email", "familyName", "givenName", "セイ", "メイ", "生年月日", "電話番号", "郵便番号", "都道府県", "職業"
      };
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      var dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat((short) 14);
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue(email("xlsx"));
      row.createCell(1).setCellValue("=HYPERLINK(\"http://evil\")");
      row.createCell(2).setCellFormula("\"花\"&\"子\"");
      row.createCell(3).setCellValue("ﾔﾏﾀﾞ");
      row.createCell(4).setCellValue("ハナコ");
      var birth = row.createCell(5);
      birth.setCellValue(LocalDate.of(1990, 4, 1));
      birth.setCellStyle(dateStyle);
      row.createCell(6).setCellValue(9012345678d);
      row.createCell(7).setCellValue(600001d);
      row.createCell(8).setCellValue("北海道");
      var invalid = sheet.createRow(3);
      invalid.createCell(0).setCellValue(email("xlsx-bad"));
      invalid.createCell(3).setCellValue("Yamada");
      workbook.setForceFormulaRecalculation(false);
      org.apache.poi.ss.usermodel.FormulaEvaluator evaluator =
          workbook.getCreationHelper().createFormulaEvaluator();
      evaluator.evaluateAll();
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    String id = api.start("会員.xlsx", xlsx, "dryRun=false");
    JsonNode job = api.awaitEnd(id);

    assertThat(job.get("format").asString()).isEqualTo("XLSX");
    assertThat(job.get("created").asLong()).as(job.toString()).isEqualTo(1);
    assertThat(job.get("rejected").asLong()).isEqualTo(1);
    JsonNode rejected = api.rows(id, "outcome=REJECTED").get("content").get(0);
    assertThat(rejected.get("row").asLong()).isEqualTo(4);
    assertThat(rejected.get("messages").toString()).contains("kana.characters", "セイ");
    Member member = memberWith(email("xlsx"));
    assertThat(member.profile().familyName()).isEqualTo("=HYPERLINK(\"http://evil\")");
    assertThat(member.profile().givenName()).isEqualTo("花子");
    assertThat(member.profile().birthDate()).isEqualTo(LocalDate.of(1990, 4, 1));
    assertThat(member.profile().phone()).isEqualTo("09012345678");
    assertThat(member.profile().address().postalCode()).isEqualTo("060-0001");

    String report = api.report(id).body();
    assertThat(report).startsWith("\uFEFFrow,outcome,memberId,email,messages");
    assertThat(report).contains("2,CREATED," + member.id(), "4,REJECTED,,");
  }

  @Test
  void theReportListsEveryRowWithItsReasonsAndNeutralisesFormulas() {
    String csv =
        HEADER
            + "not-an-address,山田,,,,,,,,,,,,\r\n"
            + "=1+1."
            + email("ok")
            + ",山田,,,,,,,,,,,,\r\n";
    String id = api.start("f.csv", csv.getBytes(StandardCharsets.UTF_8), null);
    api.awaitEnd(id);

    var response = api.report(id);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", ".csv");
    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("2,REJECTED,,,").contains("メールアドレス (email)");
    assertThat(lines.get(2)).startsWith("3,CREATED,,'=1+1." + email("ok"));
  }

  @Test
  void refusesAZipBombBeforeReadingIt() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    long before = mongo.count(new Query(), ImportJob.class);

    var response = api.upload("bomb.xlsx", out.toByteArray(), null, TestIssuer.staff());

    assertThat(out.size()).isLessThan(1024 * 1024);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(ImportApi.json(response).get("code").asString()).isEqualTo("import.zipBomb");
    assertThat(mongo.count(new Query(), ImportJob.class)).isEqualTo(before);
  }

  @Test
  void refusesFilesItCannotImportWithAReason() {
    var noEmail =
        api.upload(
            "x.csv", "姓,名\r\n山田,花子\r\n".getBytes(StandardCharsets.UTF_8), null, TestIssuer.staff());
    var oldExcel =
        api.upload(
            "x.xls",
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0},
            null,
            TestIssuer.staff());
    var binary = api.upload("x.csv", new byte[] {1, 0, 2, 0}, null, TestIssuer.staff());
    var twice =
        api.upload(
            "x.csv",
            "email,メールアドレス\r\n".getBytes(StandardCharsets.UTF_8),
            null,
            TestIssuer.staff());

    assertThat(ImportApi.json(noEmail).get("code").asString()).isEqualTo("import.noEmailColumn");
    assertThat(ImportApi.json(oldExcel).get("code").asString()).isEqualTo("import.oldExcel");
    assertThat(ImportApi.json(binary).get("code").asString()).isEqualTo("import.unknownFormat");
    assertThat(ImportApi.json(twice).get("code").asString()).isEqualTo("import.duplicateColumn");
    assertThat(List.of(noEmail, oldExcel, binary, twice))
        .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(422));
  }

  @Test
  void isForStaffOnly() {
    String member = TestIssuer.member("member-" + UUID.randomUUID());
    var upload = api.upload("x.csv", HEADER.getBytes(StandardCharsets.UTF_8), null, member);
    var list = api.http().get("/api/members/imports", member);

    assertThat(upload.statusCode()).isEqualTo(403);
    assertThat(list.statusCode()).isEqualTo(403);
  }

  @Test
  void checksOneHundredThousandRowsStreamingInADryRun() {
    var csv = new StringBuilder(HEADER.length() + 100_000 * 120);
    csv.append(HEADER);
    for (int i = 0; i < 100_000; i++) {
      csv.append("bulk")
          .append(i)
          .append('.')
          .append(tag)
          .append("@example.com,山田,花子,ヤマダ,ハナコ,1990-04-01,090")
          .append(String.format("%08d", i))
          .append(",100-0001,東京都,千代田区,千代田1-1,,会社員,\r\n");
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    csv.setLength(0);
    Runtime runtime = Runtime.getRuntime();
    long started = System.nanoTime();

    // A dry run reads, normalises, matches and reports every row like a real run; the real run's
    // extra work per created member (login account, invitation mail) is covered by the small runs.
    String id = api.start("bulk.csv", file, "dryRun=true");
    JsonNode job = api.awaitEnd(id, Duration.ofMinutes(8));

    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "100,000-row import (%d MB): %d ms, heap in use afterwards %d MB%n",
        file.length / 1024 / 1024,
        millis,
        (runtime.totalMemory() - runtime.freeMemory()) / 1024 / 1024);
    assertThat(job.get("state").asString()).isEqualTo("DONE");
    assertThat(job.get("rowsRead").asLong()).isEqualTo(100_000);
    assertThat(job.get("created").asLong()).isEqualTo(100_000);
    assertThat(api.rows(id, "outcome=CREATED").get("page").get("totalElements").asLong())
        .isEqualTo(100_000);
    assertThat(
            mongo.count(
                Query.query(Criteria.where("email").regex("^bulk[0-9]+\\." + tag)), Member.class))
        .isZero();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
