package jp.azukari.member.profile;

import static jp.azukari.member.profile.MemberApi.ACCOUNT_AS_TYPED;
import static jp.azukari.member.profile.MemberApi.HANAKO_AS_TYPED;
import static jp.azukari.member.profile.MemberApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.azukari.member.profile.MemberApi.Someone;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

@ServiceTest
class ProfileApiTest {

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired MemberRepository repository;

  MemberApi api;
  Someone hanako;

  @BeforeEach
  void setUp() {
    api = new MemberApi(TestHttp.on(port));
    hanako = Someone.newMember();
  }

  @Test
  void aMemberFindsTheirProvisionalRecordOnTheirFirstVisit() {
    var response = api.ownRecord(hanako.token());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
    JsonNode record = json(response);
    assertThat(record.get("id").asString()).isEqualTo(hanako.id());
    assertThat(record.get("status").asString()).isEqualTo("PROVISIONAL");
    assertThat(record.get("profileComplete").asBoolean()).isFalse();
    assertThat(record.get("missingFields").values())
        .extracting(JsonNode::asString)
        .contains("familyName", "address.postalCode", "payoutAccount");
    assertThat(record.get("payoutAccount").isNull()).isTrue();
    assertThat(record.get("version").asLong()).isZero();
    assertThat(api.ownRecord(hanako.token()).headers().firstValue("ETag")).hasValue("\"0\"");
  }

  @Test
  void aFirstVisitWithAnAddressThatAnotherRecordHasIsAClearConflict() {
    String email = "taken-" + UUID.randomUUID() + "@example.com";
    String first = TestIssuer.user(hanako.id(), "山田 花子", "member").email(email, true).encode();
    String second =
        TestIssuer.user("other-" + UUID.randomUUID(), "山田 花子", "member")
            .email(email, true)
            .encode();
    assertThat(api.ownRecord(first).statusCode()).isEqualTo(200);

    var response = api.ownRecord(second);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).get("detail").asString()).contains("merge");
  }

  @Test
  void aMemberFillsInTheProfileAsTheyTypeItAndItIsStoredNormalised() {
    var response = api.changeProfile(hanako.token(), api.version(hanako.token()), HANAKO_AS_TYPED);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
    JsonNode profile = json(api.ownRecord(hanako.token())).get("profile");
    assertThat(profile.get("familyName").asString()).isEqualTo("山田");
    assertThat(profile.get("familyNameKana").asString()).isEqualTo("ヤマダ");
    assertThat(profile.get("givenNameKana").asString()).isEqualTo("ハナコ");
    assertThat(profile.get("birthDate").asString()).isEqualTo("1990-04-01");
    assertThat(profile.get("phone").asString()).isEqualTo("09012345678");
    assertThat(profile.get("address").get("postalCode").asString()).isEqualTo("100-0001");
    assertThat(profile.get("address").get("prefecture").asString()).isEqualTo("東京都");
    assertThat(profile.get("address").get("line1").asString()).isEqualTo("千代田1-1");
    assertThat(profile.get("address").get("line2").isNull()).isTrue();
    assertThat(json(api.ownRecord(hanako.token())).get("missingFields").values())
        .extracting(JsonNode::asString)
        .containsExactly("payoutAccount");
  }

  @Test
  void aCompleteProfileHasAPayoutAccountWhoseNumberIsNeverShownInFull() {
    api.changeProfile(hanako.token(), 0, HANAKO_AS_TYPED);

    var response = api.changePayoutAccount(hanako.token(), 1, ACCOUNT_AS_TYPED);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("7654321");
    JsonNode record = json(api.ownRecord(hanako.token()));
    assertThat(record.get("profileComplete").asBoolean()).isTrue();
    JsonNode account = record.get("payoutAccount");
    assertThat(account.get("bankName").asString()).isEqualTo("みずほ銀行");
    assertThat(account.get("accountType").asString()).isEqualTo("ORDINARY");
    assertThat(account.get("maskedAccountNumber").asString()).isEqualTo("****321");
    assertThat(account.get("holderKana").asString()).isEqualTo("ヤマダ ハナコ");
    assertThat(api.ownRecord(hanako.token()).body()).doesNotContain("7654321");
  }

  @Test
  void badInputGetsOneFieldErrorPerProblemAndChangesNothing() {
    String before = api.ownRecord(hanako.token()).body();
    String bad =
        """
        {"familyName":"山田\\r\\nBcc: victim@example.com","givenName":"花子",
         "familyNameKana":"山田","birthDate":"2015-05-05","phone":"090-1234",
         "address":{"postalCode":"100-00001","prefecture":"江戸"}}
        """;

    var response = api.changeProfile(hanako.token(), 0, bad);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(fieldErrors(response))
        .containsOnlyKeys(
            "familyName",
            "familyNameKana",
            "birthDate",
            "phone",
            "address.postalCode",
            "address.prefecture")
        .containsEntry(
            "familyName", "Remove line breaks, tabs and other invisible control characters.")
        .containsEntry("familyNameKana", "Write this in katakana or hiragana only, e.g. ヤマダ.")
        .containsEntry(
            "birthDate", "You must be 18 or older to sell to the shop through this service.")
        .containsEntry("address.postalCode", "Enter the postal code as 7 digits, e.g. 123-4567.");
    assertThat(response.body())
        .as("each field error names its rule for the UI to translate")
        .contains("\"field\":\"address.postalCode\",\"code\":\"postalCode.format\"")
        .doesNotContain("victim@example.com");
    assertThat(api.ownRecord(hanako.token()).body()).isEqualTo(before);
  }

  @Test
  void aPayoutAccountNeedsEveryFieldAndAValidOneChangesNothingElse() {
    var response =
        api.changePayoutAccount(
            hanako.token(),
            0,
            """
            {"bankName":"みずほ銀行","accountType":"定期","accountNumber":"12345","holderKana":"山田"}
            """);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fieldErrors(response))
        .containsOnlyKeys("branchName", "accountType", "accountNumber", "holderKana")
        .containsEntry("branchName", "Enter the branch name.")
        .containsEntry(
            "accountNumber",
            "Enter the 7-digit account number; add leading zeros if yours is shorter, e.g. 0012345.");
    assertThat(json(api.ownRecord(hanako.token())).get("payoutAccount").isNull()).isTrue();
  }

  @Test
  void anEditWithoutTheVersionItWasMadeOnIsRefused() {
    api.ownRecord(hanako.token());

    var response = api.changeProfile(hanako.token(), null, HANAKO_AS_TYPED);

    assertThat(response.statusCode()).isEqualTo(428);
    assertThat(json(response).get("detail").asString())
        .isEqualTo("Send the version you last saw in an If-Match header, e.g. If-Match: \"3\".");
    assertThat(api.version(hanako.token())).isZero();
  }

  @Test
  void anEditOfAnOlderVersionIsRefusedWith409AndChangesNothing() {
    api.changeProfile(hanako.token(), 0, HANAKO_AS_TYPED);
    String current = api.ownRecord(hanako.token()).body();

    var stale = api.changeProfile(hanako.token(), 0, HANAKO_AS_TYPED.replace("会社員", "自営業"));

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(stale).get("detail").asString()).contains("Someone else changed this record");
    assertThat(api.ownRecord(hanako.token()).body()).isEqualTo(current);
  }

  @Test
  void aWeakETagIsAcceptedAsTheVersionAndGarbageIsNot() {
    var weak =
        api.http()
            .send(
                "PUT",
                "/api/members/me/profile",
                hanako.token(),
                HANAKO_AS_TYPED,
                Map.of("If-Match", "W/\"0\""));
    var garbage =
        api.http()
            .send(
                "PUT",
                "/api/members/me/profile",
                hanako.token(),
                HANAKO_AS_TYPED,
                Map.of("If-Match", "\"latest\""));

    assertThat(weak.statusCode()).isEqualTo(200);
    assertThat(garbage.statusCode()).isEqualTo(400);
  }

  @Test
  void twoConcurrentEditsOfTheSameVersionOneWinsAndTheOtherGets409() throws Exception {
    long version = api.version(hanako.token());
    String asEmployee = HANAKO_AS_TYPED;
    String asFreelancer = HANAKO_AS_TYPED.replace("会社員", "自営業");
    var start = new CountDownLatch(1);

    List<HttpResponse<String>> responses;
    try (var pool = Executors.newFixedThreadPool(2)) {
      Future<HttpResponse<String>> first =
          pool.submit(
              () -> {
                start.await();
                return api.changeProfile(hanako.token(), version, asEmployee);
              });
      Future<HttpResponse<String>> second =
          pool.submit(
              () -> {
                start.await();
                return api.changeProfile(hanako.token(), version, asFreelancer);
              });
      start.countDown();
      responses = List.of(first.get(), second.get());
    }

    assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
    var winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
    JsonNode stored = json(api.ownRecord(hanako.token()));
    assertThat(stored.get("version").asLong()).isEqualTo(version + 1);
    assertThat(stored.get("profile").get("occupation").asString())
        .isEqualTo(json(winner).get("profile").get("occupation").asString());
  }

  @Test
  void anEditThatLosesTheRaceAfterItsVersionCheckIsStillRefused() {
    api.ownRecord(hanako.token());
    Member first = repository.findById(hanako.id()).orElseThrow();
    Member second = repository.findById(hanako.id()).orElseThrow();
    first.changeProfile(MemberTest.HANAKO, Instant.now());
    second.changeProfile(MemberTest.HANAKO, Instant.now());

    repository.save(first);

    assertThatThrownBy(() -> repository.save(second))
        .isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(api.version(hanako.token())).isEqualTo(1);
  }

  @Test
  void staffReadAnyMembersRecordWithTheAccountNumberMasked() {
    api.changeProfile(hanako.token(), 0, HANAKO_AS_TYPED);
    api.changePayoutAccount(hanako.token(), 1, ACCOUNT_AS_TYPED);

    var response = api.member(hanako.id(), TestIssuer.staff());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(json(response).get("profile").get("familyName").asString()).isEqualTo("山田");
    assertThat(json(response).get("payoutAccount").get("maskedAccountNumber").asString())
        .isEqualTo("****321");
    assertThat(response.body()).doesNotContain("7654321");
    assertThat(api.member("no-such-member", TestIssuer.staff()).statusCode()).isEqualTo(404);
  }

  @Test
  void onlyMembersHaveAnOwnRecord() {
    var response = api.ownRecord(TestIssuer.staff());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(mongo.exists(Query.query(Criteria.where("_id").is("staff-1")), Member.class))
        .isFalse();
  }

  @Test
  void theBirthDateIsStoredAsTheSameDayWhateverTheServersTimeZone() {
    api.changeProfile(hanako.token(), 0, HANAKO_AS_TYPED);

    Document stored = mongo.getCollection("members").find(Filters.eq("_id", hanako.id())).first();

    Date birthDate = stored.get("profile", Document.class).getDate("birthDate");
    assertThat(birthDate.toInstant()).isEqualTo(Instant.parse("1990-04-01T00:00:00Z"));
  }

  static Map<String, String> fieldErrors(HttpResponse<String> response) {
    var errors = new LinkedHashMap<String, String>();
    json(response)
        .get("errors")
        .values()
        .forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
    return errors;
  }
}
