package jp.azukari.member.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.azukari.member.profile.Member;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff member list finds members by what staff type, however it is typed, and by their
 * account's state, one sorted page at a time.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberDirectoryTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;

  TestHttp http;

  /** A family name kana no other test uses, so every search here is scoped to these members. */
  final String clan = "テスト" + randomKana(4);

  String hanako;
  String taro;
  String jiro;

  @BeforeAll
  void createMembers() {
    http = TestHttp.on(port);
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(3600);
    hanako =
        store(
            "hanako." + clan.hashCode() + "@example.com",
            "PROVISIONAL",
            false,
            null,
            profile("山田", "花子", clan, "ハナコ", "09012345678", "100-0001", "東京都"),
            t0);
    taro =
        store(
            "Taro." + clan.hashCode() + "@Example.com",
            "ACTIVE",
            true,
            "VERIFIED",
            profile("佐藤", "太郎", clan, "タロウ", "0312345678", "530-0001", "大阪府"),
            t0.plusSeconds(60));
    jiro =
        store(
            "jiro." + clan.hashCode() + "@example.com",
            "FROZEN",
            true,
            "PENDING",
            profile("鈴木", "次郎", clan, "ジロウ", "08011112222", "060-0001", "北海道"),
            t0.plusSeconds(120));
  }

  @Test
  void findsMembersByKanaTypedInHalfWidthOrHiragana() {
    assertThat(ids(search("q=" + enc(halfWidth(clan) + " ﾊﾅｺ")))).containsExactly(hanako);
    assertThat(ids(search("q=" + enc(clan + " はなこ")))).containsExactly(hanako);
    assertThat(ids(search("q=" + enc(clan)))).containsExactlyInAnyOrder(hanako, taro, jiro);
  }

  @Test
  void findsMembersByNameWithOrWithoutASpace() {
    assertThat(ids(search("q=" + enc(clan + " 山田花子")))).containsExactly(hanako);
    assertThat(ids(search("q=" + enc(clan + " 佐藤　太郎")))).containsExactly(taro);
  }

  @Test
  void findsMembersByPhoneTypedWithFullWidthDigitsAndHyphens() {
    assertThat(ids(search("q=" + enc(clan + " ０９０－１２３４－５６７８")))).containsExactly(hanako);
    assertThat(ids(search("q=" + enc(clan + " 03-1234")))).containsExactly(taro);
  }

  @Test
  void findsMembersByPostalCodeWithOrWithoutTheMark() {
    assertThat(ids(search("q=" + enc(clan + " 〒０６０ー０００１")))).containsExactly(jiro);
    assertThat(ids(search("q=" + enc(clan + " 5300001")))).containsExactly(taro);
  }

  @Test
  void findsMembersByEmailWhateverTheCase() {
    assertThat(ids(search("q=" + enc("TARO." + clan.hashCode() + "@EXAMPLE"))))
        .containsExactly(taro);
  }

  @Test
  void aQueryMatchesOnlyTheBeginningOfAWordAndTreatsRegexCharactersLiterally() {
    assertThat(ids(search("q=" + enc(clan + " ナコ")))).isEmpty();
    assertThat(ids(search("q=" + enc(clan + " .*")))).isEmpty();
  }

  @Test
  void filtersByStatusVerificationEmailConfirmationAndPrefecture() {
    String scope = "q=" + enc(clan);
    assertThat(ids(search(scope + "&status=ACTIVE"))).containsExactly(taro);
    assertThat(ids(search(scope + "&verification=PENDING"))).containsExactly(jiro);
    assertThat(ids(search(scope + "&verification=NOT_SUBMITTED"))).containsExactly(hanako);
    assertThat(ids(search(scope + "&emailConfirmed=false"))).containsExactly(hanako);
    assertThat(ids(search(scope + "&emailConfirmed=true"))).containsExactlyInAnyOrder(taro, jiro);
    assertThat(ids(search(scope + "&prefecture=" + enc("大阪")))).containsExactly(taro);
    assertThat(ids(search(scope + "&status=FROZEN&prefecture=" + enc("北海道"))))
        .containsExactly(jiro);
  }

  @Test
  void sortsNewestFirstByDefaultAndByAnyAllowedColumn() {
    String scope = "q=" + enc(clan);
    assertThat(ids(search(scope))).containsExactly(jiro, taro, hanako);
    assertThat(ids(search(scope + "&sort=createdAt,asc"))).containsExactly(hanako, taro, jiro);
    // ジロウ < タロウ < ハナコ in katakana order
    assertThat(ids(search(scope + "&sort=nameKana,asc"))).containsExactly(jiro, taro, hanako);
    assertThat(ids(search(scope + "&sort=status,desc"))).containsExactly(hanako, jiro, taro);
    assertThat(ids(search(scope + "&sort=updatedAt,desc"))).containsExactly(jiro, taro, hanako);
  }

  @Test
  void pagesThroughTheResults() {
    String scope = "q=" + enc(clan) + "&sort=createdAt,asc&size=2";
    JsonNode first = json(search(scope + "&page=0"));
    JsonNode second = json(search(scope + "&page=1"));

    assertThat(ids(first)).containsExactly(hanako, taro);
    assertThat(ids(second)).containsExactly(jiro);
    assertThat(second.get("page").get("size").asInt()).isEqualTo(2);
    assertThat(second.get("page").get("number").asInt()).isEqualTo(1);
    assertThat(second.get("page").get("totalElements").asLong()).isEqualTo(3);
    assertThat(second.get("page").get("totalPages").asLong()).isEqualTo(2);
  }

  @Test
  void answersSummariesWithTheAgreedFields() {
    JsonNode taroSummary = json(search("q=" + enc(clan + " タロウ"))).get("content").get(0);

    assertThat(taroSummary.get("id").asString()).isEqualTo(taro);
    assertThat(taroSummary.get("familyName").asString()).isEqualTo("佐藤");
    assertThat(taroSummary.get("givenNameKana").asString()).isEqualTo("タロウ");
    assertThat(taroSummary.get("phone").asString()).isEqualTo("0312345678");
    assertThat(taroSummary.get("postalCode").asString()).isEqualTo("530-0001");
    assertThat(taroSummary.get("prefecture").asString()).isEqualTo("大阪府");
    assertThat(taroSummary.get("verification").asString()).isEqualTo("VERIFIED");
    assertThat(taroSummary.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(taroSummary.get("emailConfirmed").asBoolean()).isTrue();
    assertThat(taroSummary.has("createdAt")).isTrue();
    assertThat(taroSummary.toString()).doesNotContain("accountNumber", "birthDate");
  }

  @Test
  void refusesSortsAndFiltersItCannotAnswer() {
    for (String bad :
        List.of(
            "sort=email,asc",
            "sort=createdAt,sideways",
            "sort=outbox",
            "status=SLEEPING",
            "verification=MAYBE",
            "prefecture=" + enc("東京州"),
            "size=101",
            "size=0",
            "page=-1",
            "emailConfirmed=perhaps")) {
      var response = search(bad);
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as(bad)
          .contains("application/problem+json");
    }
  }

  @Test
  void isForStaffOnly() {
    var asMember =
        http.get("/api/members?q=" + enc(clan), TestIssuer.member("member-" + UUID.randomUUID()));
    var anonymous = http.get("/api/members?q=" + enc(clan), null);

    assertThat(asMember.statusCode()).isEqualTo(403);
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void findsAMemberByWhatTheirProfileSaysNow() {
    String id = "member-" + UUID.randomUUID();
    String token = TestIssuer.member(id);
    String other = "ベツ" + randomKana(5);
    String profile =
        """
        {"familyName":"田中","givenName":"一郎","familyNameKana":"%s","givenNameKana":"イチロウ",
         "phone":"070-1111-2222"}
        """
            .formatted(other);
    http.send("PUT", "/api/members/me/profile", token, profile, Map.of("If-Match", "\"0\""));
    assertThat(ids(search("q=" + enc(other + " 07011112222")))).containsExactly(id);

    http.send(
        "PUT",
        "/api/members/me/profile",
        token,
        profile.replace("070-1111-2222", "070-3333-4444"),
        Map.of("If-Match", "\"1\""));

    assertThat(ids(search("q=" + enc(other + " 07011112222")))).isEmpty();
    assertThat(ids(search("q=" + enc(other + " 07033334444")))).containsExactly(id);
  }

  // --- helpers

  HttpResponse<String> search(String query) {
    return http.get("/api/members?" + query, TestIssuer.staff());
  }

  static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static List<String> ids(HttpResponse<String> response) {
    return ids(json(response));
  }

  static List<String> ids(JsonNode page) {
    var ids = new ArrayList<String>();
    page.get("content").forEach(m -> ids.add(m.get("id").asString()));
    return ids;
  }

  /**
   * Stores a member document as other features leave it, then saves it through the mapping as any
   * feature does, which is when its search keys are written.
   */
  String store(
      String email,
      String status,
      boolean emailConfirmed,
      String verification,
      Document profile,
      Instant createdAt) {
    String id = "member-" + UUID.randomUUID();
    var document =
        new Document("_id", id)
            .append("email", email.toLowerCase())
            .append("emailConfirmed", emailConfirmed)
            .append("status", status)
            .append("profile", profile)
            .append("createdAt", createdAt)
            .append("updatedAt", createdAt)
            .append("version", 0L);
    if (verification != null) {
      document.append("verification", new Document("state", verification));
    }
    mongo.getCollection("members").insertOne(document);
    mongo.save(mongo.findById(id, Member.class));
    return id;
  }

  static Document profile(
      String family,
      String given,
      String familyKana,
      String givenKana,
      String phone,
      String postalCode,
      String prefecture) {
    return new Document(
        Map.of(
            "familyName",
            family,
            "givenName",
            given,
            "familyNameKana",
            familyKana,
            "givenNameKana",
            givenKana,
            "phone",
            phone,
            "address",
            new Document(Map.of("postalCode", postalCode, "prefecture", prefecture))));
  }

  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static String randomKana(int length) {
    String kana = "アイウエオカキクケコサシスセソナニヌネノマミムメモラリルレロ";
    var out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(kana.charAt(ThreadLocalRandom.current().nextInt(kana.length())));
    }
    return out.toString();
  }

  /** Full-width katakana without voiced marks to half-width, as old shop systems store them. */
  static String halfWidth(String katakana) {
    String full = "アイウエオカキクケコサシスセソナニヌネノマミムメモラリルレロテト";
    String half = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾅﾆﾇﾈﾉﾏﾐﾑﾒﾓﾗﾘﾙﾚﾛﾃﾄ";
    var out = new StringBuilder();
    for (char c : katakana.toCharArray()) {
      int i = full.indexOf(c);
      out.append(i >= 0 ? half.charAt(i) : c);
    }
    return out.toString();
  }
}
