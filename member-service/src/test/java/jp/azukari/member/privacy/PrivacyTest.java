package jp.azukari.member.privacy;

import static jp.azukari.member.changerequest.ChangesApi.ACCOUNT;
import static jp.azukari.member.changerequest.ChangesApi.HANAKO;
import static jp.azukari.member.changerequest.ChangesApi.json;
import static jp.azukari.member.privacy.PrivacyApi.unzip;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.Topics;
import jp.azukari.member.changerequest.ChangesApi;
import jp.azukari.member.changerequest.ChangesApi.Someone;
import jp.azukari.member.registration.InMemoryUserAccounts;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.Samples;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The privacy export hands out everything held about one member (members only ever their own);
 * erasure removes every personal value, keeps the verification record, and deletes the login.
 */
@ServiceTest
class PrivacyTest {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Every personal value Hanako's record, request, registration and import row hold. */
  static final List<String> PERSONAL_VALUES =
      List.of(
          "山田",
          "花子",
          "ヤマダ",
          "ハナコ",
          "佐藤",
          "1990-04-01",
          "09012345678",
          "100-0001",
          "千代田",
          "会社員",
          "7654321",
          "みずほ",
          "渋谷");

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired InMemoryUserAccounts accounts;

  ChangesApi changes;
  PrivacyApi api;
  EventsProbe events;
  Someone hanako;
  String email;
  String documentId;

  @BeforeEach
  void setUp() {
    var http = TestHttp.on(port);
    changes = new ChangesApi(http, mongo);
    api = new PrivacyApi(http);
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.MEMBER);
    email = "hanako-" + UUID.randomUUID() + "@example.jp";
    String id = accounts.existing(email);
    hanako = new Someone(id, TestIssuer.user(id, "山田 花子", "member").email(email, true).encode());
    changes.changeProfile(hanako, HANAKO);
    changes.changePayoutAccount(hanako, ACCOUNT);
    documentId =
        json(api.uploadJpeg(hanako.token(), "DRIVING_LICENCE", "FRONT")).get("id").asString();
    changes.verify(hanako.id());
    // A verified member's change of name waits for staff: a pending change request.
    assertThat(changes.changeProfile(hanako, HANAKO.replace("山田", "佐藤")).statusCode())
        .isEqualTo(200);
    // Signing up again with the address leaves a registration of it.
    http.postJson("/api/members/registrations", "{\"email\":\"" + email + "\"}", null);
    mongo.insert(
        new Document("_id", "import-1:" + hanako.id())
            .append("importId", "import-1")
            .append("row", 2L)
            .append("outcome", "UPDATED")
            .append("memberId", hanako.id())
            .append("email", email)
            .append("messages", List.of()),
        "member_import_rows");
  }

  @AfterEach
  void tearDown() {
    accounts.down(false);
    events.close();
  }

  @Test
  void aMemberDownloadsEverythingHeldAboutThemWithTheFullAccountNumber() {
    var answer = api.ownExport(hanako.token());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(answer.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=azukari-member-" + hanako.id() + ".zip");
    assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    Map<String, byte[]> zip = unzip(answer.body());
    assertThat(zip.keySet())
        .containsExactly(
            "README.txt",
            "member.json",
            "documents.json",
            "documents/driving-licence-front.jpg",
            "change-requests.json",
            "registrations.json",
            "imports.json");
    assertThat(text(zip, "README.txt")).contains("古物営業法", "Antique Dealings Act");
    assertThat(zip.get("documents/driving-licence-front.jpg")).isEqualTo(Samples.JPEG);

    JsonNode member = read(zip, "member.json");
    assertThat(member.get("id").asString()).isEqualTo(hanako.id());
    assertThat(member.get("email").asString()).isEqualTo(email);
    assertThat(member.get("profile").get("familyName").asString()).isEqualTo("山田");
    assertThat(member.get("profile").get("birthDate").asString()).isEqualTo("1990-04-01");
    assertThat(member.get("payoutAccount").get("accountNumber").asString()).isEqualTo("7654321");
    assertThat(member.get("verification").get("state").asString()).isEqualTo("VERIFIED");
    assertThat(member.get("status").asString()).isEqualTo("PROVISIONAL");
    assertThat(member.get("createdAt").isNull()).isFalse();
    assertThat(member.get("exportedFor").asString()).isEqualTo("MEMBER");

    JsonNode document = read(zip, "documents.json").get(0);
    assertThat(document.get("id").asString()).isEqualTo(documentId);
    assertThat(document.get("file").asString()).isEqualTo("documents/driving-licence-front.jpg");
    assertThat(document.get("sha256").asString()).hasSize(64);

    JsonNode request = read(zip, "change-requests.json").get(0);
    assertThat(request.get("state").asString()).isEqualTo("PENDING");
    assertThat(request.toString()).contains("佐藤");
    assertThat(request.has("decidedBy")).isTrue();

    JsonNode registrations = read(zip, "registrations.json");
    assertThat(registrations.size()).isOne();
    assertThat(registrations.get(0).get("email").asString()).isEqualTo(email);
    assertThat(registrations.toString()).doesNotContainIgnoringCase("token");
    assertThat(read(zip, "imports.json").get(0).get("outcome").asString()).isEqualTo("UPDATED");
  }

  @Test
  void aMemberOnlyEverGetsTheirOwnDataWhateverIdTheySend() {
    var taro = ChangesApi.Someone.newMember();
    changes.changeProfile(taro, HANAKO.replace("花子", "太郎"));

    var byPath = api.exportOf(hanako.id(), taro.token());
    var ownPathId = api.exportOf(taro.id(), taro.token());
    var byQuery =
        api.http()
            .get("/api/members/me/privacy-export?memberId=" + hanako.id(), taro.token())
            .statusCode();
    var own = unzip(api.ownExport(taro.token()).body());

    assertThat(byPath.statusCode()).isEqualTo(403);
    assertThat(ownPathId.statusCode()).isEqualTo(403);
    assertThat(byQuery).isEqualTo(200);
    assertThat(read(own, "member.json").get("id").asString()).isEqualTo(taro.id());
    assertThat(new String(api.ownExport(taro.token()).body(), StandardCharsets.ISO_8859_1))
        .doesNotContain(hanako.id());
    assertThat(read(own, "documents.json").size()).isZero();
  }

  @Test
  void staffExportsMaskTheAccountNumberAndAreAnnouncedWithStaffAsActor() {
    var answer = api.exportOf(hanako.id(), TestIssuer.staff());

    assertThat(answer.statusCode()).isEqualTo(200);
    Map<String, byte[]> zip = unzip(answer.body());
    JsonNode account = read(zip, "member.json").get("payoutAccount");
    assertThat(account.get("accountNumber").isNull()).isTrue();
    assertThat(account.get("maskedAccountNumber").asString()).isEqualTo("****321");
    assertThat(read(zip, "member.json").get("exportedFor").asString()).isEqualTo("STAFF");
    assertThat(zip).containsKey("documents/driving-licence-front.jpg");
    assertThat(api.exportOf("no-such-member", TestIssuer.staff()).statusCode()).isEqualTo(404);

    var exported =
        events.awaitRecords(
            r ->
                hanako.id().equals(r.key())
                    && r.value().contains("\"member.PersonalDataExported\""),
            1,
            WAIT);
    var event = envelopes.fromJson(exported.getFirst().value());
    assertThat(event.actorid()).isEqualTo("staff-1");
    assertThat(event.actortype()).isEqualTo(ActorType.STAFF);
    assertThat(event.data()).containsEntry("memberId", hanako.id());
    assertThat(exported.getFirst().value()).contains("member.json").doesNotContain("山田", email);
  }

  @Test
  void aMembersOwnExportIsNotAnnounced() {
    api.ownExport(hanako.token());

    var exported =
        events.drain(r -> r.value().contains("PersonalDataExported"), Duration.ofSeconds(2));
    assertThat(exported).noneMatch(r -> hanako.id().equals(r.key()));
  }

  @Test
  void erasureRemovesEveryPersonalValueAndKeepsTheVerificationRecord() {
    long version = changes.version(hanako);

    var answer = api.erase(hanako.id(), version, "本人からの削除依頼", TestIssuer.admin());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(json(answer).get("erasedAt").isNull()).isFalse();
    assertThat(json(answer).get("status").asString()).isEqualTo("WITHDRAWN");

    Document member = mongo.findById(hanako.id(), Document.class, "members");
    assertThat(member.getString("email")).isEqualTo("erased-" + hanako.id() + "@invalid");
    assertThat(member.get("payoutAccount")).isNull();
    assertThat(member.getString("statusReason")).isNull();
    assertThat(member.get("erasedAt")).isNotNull();
    assertThat(member.getString("status")).isEqualTo("WITHDRAWN");
    assertThat(member.getList("searchKeys", String.class)).isEmpty();
    Document verification = member.get("verification", Document.class);
    assertThat(verification.getString("state")).isEqualTo("VERIFIED");
    assertThat(verification.getString("decidedBy")).isEqualTo("verifier-1");
    assertThat(withoutOutbox(member)).doesNotContain(PERSONAL_VALUES).doesNotContain(email);

    Document document = mongo.findById(documentId, Document.class, "identity_documents");
    assertThat(document.getString("kind")).isEqualTo("DRIVING_LICENCE");
    assertThat(document.getString("side")).isEqualTo("FRONT");
    assertThat(document.getString("sha256")).hasSize(64);
    assertThat(document.get("uploadedAt")).isNotNull();
    assertThat(document.get("contentErasedAt")).isNotNull();
    assertThat(document.get("contentId")).isNull();
    assertThat(
            mongo.count(
                Query.query(Criteria.where("metadata.memberId").is(hanako.id())), "fs.files"))
        .isZero();
    assertThat(mongo.count(Query.query(Criteria.where("_id").is(documentId)), "fs.files")).isZero();

    var requests =
        mongo.find(
            Query.query(Criteria.where("memberId").is(hanako.id())),
            Document.class,
            "changeRequests");
    assertThat(requests).hasSize(1);
    assertThat(requests.getFirst().getString("state")).isEqualTo("WITHDRAWN");
    assertThat(withoutOutbox(requests.getFirst())).doesNotContain(PERSONAL_VALUES);

    assertThat(
            mongo.count(
                Query.query(
                    new Criteria()
                        .orOperator(
                            Criteria.where("email").is(email),
                            Criteria.where("memberId").is(hanako.id()))),
                "registrations"))
        .isZero();
    Document row = mongo.findById("import-1:" + hanako.id(), Document.class, "member_import_rows");
    assertThat(row.get("email")).isNull();
    assertThat(row.getString("outcome")).isEqualTo("UPDATED");

    assertThat(accounts.get(hanako.id())).isNull();
    var directory = api.http().get("/api/members?q=ヤマダ", TestIssuer.staff()).body();
    assertThat(directory).doesNotContain(hanako.id());
  }

  @Test
  void erasureIsAnnouncedWithTheErasedFieldNamesAndNoValues() {
    api.erase(hanako.id(), changes.version(hanako), "本人からの削除依頼", TestIssuer.admin());

    var erased =
        events.awaitRecords(
            r -> hanako.id().equals(r.key()) && r.value().contains("\"member.PersonalDataErased\""),
            1,
            WAIT);
    var event = envelopes.fromJson(erased.getFirst().value());
    assertThat(event.actorid()).isEqualTo("admin-1");
    assertThat(event.data().get("erasedFields"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .contains("email", "familyName", "birthDate", "address.postalCode", "payoutAccount");
    assertThat(event.data())
        .containsEntry("reason", "本人からの削除依頼")
        .containsEntry("documentImagesDeleted", 1)
        .containsEntry("changeRequestsErased", 1)
        .containsEntry("registrationsDeleted", 1)
        .containsEntry("importRowsErased", 1);
    assertThat(erased.getFirst().value()).doesNotContain(PERSONAL_VALUES).doesNotContain(email);
  }

  @Test
  void anErasedMembersExportHoldsNoPersonalData() {
    api.erase(hanako.id(), changes.version(hanako), "削除依頼", TestIssuer.admin());

    Map<String, byte[]> zip = unzip(api.exportOf(hanako.id(), TestIssuer.staff()).body());

    assertThat(zip.keySet()).noneMatch(name -> name.startsWith("documents/"));
    String everything =
        String.join(
            "\n",
            text(zip, "member.json"),
            text(zip, "documents.json"),
            text(zip, "change-requests.json"),
            text(zip, "registrations.json"),
            text(zip, "imports.json"));
    assertThat(everything).doesNotContain(PERSONAL_VALUES).doesNotContain(email);
    assertThat(read(zip, "documents.json").get(0).get("kind").asString())
        .isEqualTo("DRIVING_LICENCE");
  }

  @Test
  void onlyAdminsEraseAndBadRequestsChangeNothing() {
    long version = changes.version(hanako);

    var byStaff = api.erase(hanako.id(), version, "x", TestIssuer.staff());
    var byMember = api.erase(hanako.id(), version, "x", hanako.token());
    var withoutReason = api.erase(hanako.id(), version, " ", TestIssuer.admin());
    var withoutVersion = api.erase(hanako.id(), null, "x", TestIssuer.admin());
    var stale = api.erase(hanako.id(), version - 1, "x", TestIssuer.admin());
    var unknown = api.erase("no-such-member", 0, "x", TestIssuer.admin());

    assertThat(byStaff.statusCode()).isEqualTo(403);
    assertThat(byMember.statusCode()).isEqualTo(403);
    assertThat(withoutReason.statusCode()).isEqualTo(400);
    assertThat(withoutVersion.statusCode()).isEqualTo(428);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertNothingErased();
  }

  @Test
  void aSecondErasureIsAConflict() {
    var first = api.erase(hanako.id(), changes.version(hanako), "削除依頼", TestIssuer.admin());
    long after = json(first).get("version").asLong();

    var second = api.erase(hanako.id(), after, "削除依頼", TestIssuer.admin());

    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(json(second).get("code").asString()).isEqualTo("privacy.alreadyErased");
  }

  @Test
  void whenKeycloakIsDownNothingIsErased() {
    accounts.down(true);

    var answer = api.erase(hanako.id(), changes.version(hanako), "削除依頼", TestIssuer.admin());

    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    accounts.down(false);
    assertNothingErased();
  }

  private void assertNothingErased() {
    Document member = mongo.findById(hanako.id(), Document.class, "members");
    assertThat(member.getString("email")).isEqualTo(email);
    assertThat(member.get("erasedAt")).isNull();
    assertThat(member.get("profile", Document.class).getString("familyName")).isEqualTo("山田");
    assertThat(accounts.get(hanako.id())).isNotNull();
    assertThat(api.exportOf(hanako.id(), TestIssuer.staff()).body().length).isPositive();
    assertThat(unzip(api.ownExport(hanako.token()).body()))
        .containsKey("documents/driving-licence-front.jpg");
    assertThat(
            mongo.count(Query.query(Criteria.where("memberId").is(hanako.id())), "registrations")
                + mongo.count(Query.query(Criteria.where("email").is(email)), "registrations"))
        .isPositive();
    Document request =
        mongo.findOne(
            Query.query(Criteria.where("memberId").is(hanako.id())),
            Document.class,
            "changeRequests");
    assertThat(request.getString("state")).isEqualTo("PENDING");
  }

  /** The stored document without its outbox (events already on their way are not the record). */
  private static String withoutOutbox(Document document) {
    var copy = new Document(document);
    copy.remove("outbox");
    return copy.toJson();
  }

  private static String text(Map<String, byte[]> zip, String name) {
    return new String(zip.get(name), StandardCharsets.UTF_8);
  }

  private static JsonNode read(Map<String, byte[]> zip, String name) {
    return JSON.readTree(zip.get(name));
  }
}
