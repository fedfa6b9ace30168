package jp.azukari.member.changerequest;

import static jp.azukari.member.changerequest.ChangesApi.ACCOUNT;
import static jp.azukari.member.changerequest.ChangesApi.HANAKO;
import static jp.azukari.member.changerequest.ChangesApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.azukari.member.changerequest.ChangesApi.Someone;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** Once verified, a member's edits of verified data wait for staff; everything else applies. */
@ServiceTest
class ChangeRequestApiTest {

  static final String NEW_NAME = HANAKO.replace("\"山田\"", "\"佐藤\"").replace("ヤマダ", "サトウ");
  static final String NEW_PHONE = HANAKO.replace("09012345678", "08011112222");
  static final String NEW_ADDRESS = HANAKO.replace("千代田1-1", "丸の内2-2");

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;

  ChangesApi api;

  @BeforeEach
  void setUp() {
    api = new ChangesApi(TestHttp.on(port), mongo);
  }

  JsonNode pending(Someone who) {
    return json(api.ownRecord(who)).get("pendingChangeRequests");
  }

  String pendingId(Someone who) {
    return pending(who).get(0).get("id").asString();
  }

  @Test
  void aVerifiedMembersNameEditBecomesPendingWhileThePhoneAppliesDirectly() {
    var hanako = api.verifiedMember();

    var response = api.changeProfile(hanako, NEW_NAME.replace("09012345678", "08011112222"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode record = json(response);
    assertThat(record.get("profile").get("familyName").asString()).isEqualTo("山田");
    assertThat(record.get("profile").get("phone").asString()).isEqualTo("08011112222");
    JsonNode pending = record.get("pendingChangeRequests");
    assertThat(pending).hasSize(1);
    assertThat(pending.get(0).get("kind").asString()).isEqualTo("PROFILE");
    assertThat(pending.get(0).get("changes").toString())
        .contains("\"field\":\"familyName\",\"before\":\"山田\",\"after\":\"佐藤\"")
        .contains("\"field\":\"familyNameKana\",\"before\":\"ヤマダ\",\"after\":\"サトウ\"")
        .doesNotContain("phone");
    assertThat(json(api.ownRequests(hanako)).get(0).get("state").asString()).isEqualTo("PENDING");
  }

  @Test
  void anUnverifiedMembersEditsApplyDirectly() {
    var taro = Someone.newMember();
    api.changeProfile(taro, HANAKO);

    var response = api.changeProfile(taro, NEW_NAME);

    assertThat(json(response).get("profile").get("familyName").asString()).isEqualTo("佐藤");
    assertThat(json(response).get("pendingChangeRequests")).isEmpty();
    assertThat(json(api.ownRequests(taro))).isEmpty();
  }

  @Test
  void aVerifiedMembersNewPayoutAccountWaitsWithItsNumberMasked() {
    var hanako = api.verifiedMember();

    var response = api.changePayoutAccount(hanako, ACCOUNT.replace("7654321", "3141592"));

    assertThat(response.body()).doesNotContain("3141592");
    assertThat(json(response).get("payoutAccount").get("maskedAccountNumber").asString())
        .isEqualTo("****321");
    assertThat(pending(hanako).get(0).get("changes").toString())
        .contains("\"before\":\"****321\",\"after\":\"****592\"");
    assertThat(api.queue("?state=PENDING&size=100", TestIssuer.staff()).body())
        .doesNotContain("3141592");
  }

  @Test
  void aSecondEditReplacesThePendingRequestsValuesAndAnUnrelatedEditLeavesItAlone() {
    var hanako = api.verifiedMember();
    api.changeProfile(hanako, NEW_NAME);
    String id = pendingId(hanako);

    api.changeProfile(hanako, NEW_NAME.replace("佐藤", "鈴木"));
    api.changeProfile(hanako, NEW_PHONE);

    JsonNode pending = pending(hanako);
    assertThat(pending).hasSize(1);
    assertThat(pending.get(0).get("id").asString()).isEqualTo(id);
    assertThat(pending.get(0).get("changes").toString()).contains("鈴木").doesNotContain("佐藤");
  }

  @Test
  void aMemberWithdrawsTheirOwnPendingRequestOnlyOnce() {
    var hanako = api.verifiedMember();
    api.changeProfile(hanako, NEW_NAME);
    String id = pendingId(hanako);

    var withdrawn = api.withdrawRequest(hanako, id);
    var again = api.withdrawRequest(hanako, id);

    assertThat(withdrawn.statusCode()).isEqualTo(204);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(pending(hanako)).isEmpty();
    assertThat(json(api.ownRequests(hanako)).get(0).get("state").asString()).isEqualTo("WITHDRAWN");
    assertThat(json(api.ownRecord(hanako)).get("profile").get("familyName").asString())
        .isEqualTo("山田");
  }

  @Test
  void aMemberCannotSeeNorWithdrawAnotherMembersRequest() {
    var hanako = api.verifiedMember();
    var taro = Someone.newMember();
    api.changeProfile(hanako, NEW_NAME);
    String id = pendingId(hanako);

    var list = api.ownRequests(taro);
    var withdraw = api.withdrawRequest(taro, id);
    var queue = api.queue("?memberId=" + hanako.id(), taro.token());
    var approve = api.approve(id, taro.token());

    assertThat(json(list)).isEmpty();
    assertThat(withdraw.statusCode()).isEqualTo(404);
    assertThat(queue.statusCode()).isEqualTo(403);
    assertThat(queue.body()).doesNotContain("佐藤");
    assertThat(approve.statusCode()).isEqualTo(403);
    assertThat(pending(hanako).get(0).get("id").asString()).isEqualTo(id);
  }

  @Test
  void staffSeeThePendingQueueWithBeforeAndAfterPerField() {
    var hanako = api.verifiedMember();
    api.changeProfile(hanako, NEW_ADDRESS);

    var queue = api.queue("?state=PENDING&memberId=" + hanako.id(), TestIssuer.staff());

    assertThat(queue.statusCode()).isEqualTo(200);
    JsonNode request = json(queue).get("content").get(0);
    assertThat(request.get("memberName").asString()).isEqualTo("山田 花子");
    assertThat(request.get("changes").toString())
        .isEqualTo("[{\"field\":\"address.line1\",\"before\":\"千代田1-1\",\"after\":\"丸の内2-2\"}]");
    assertThat(json(queue).get("page").get("totalElements").asLong()).isEqualTo(1);
  }

  @Test
  void
      approvalAppliesOnlyTheRequestedFieldsToTheCurrentRecordAndSendsAnAddressBackToVerification() {
    var hanako = api.verifiedMember();
    api.changeProfile(hanako, NEW_ADDRESS);
    String id = pendingId(hanako);
    api.changeProfile(hanako, NEW_PHONE); // edited meanwhile

    var approval = api.approve(id, TestIssuer.staff());

    assertThat(approval.statusCode()).as(approval.body()).isEqualTo(200);
    assertThat(json(approval).get("state").asString()).isEqualTo("APPROVED");
    JsonNode record = json(api.ownRecord(hanako));
    assertThat(record.get("profile").get("address").get("line1").asString()).isEqualTo("丸の内2-2");
    assertThat(record.get("profile").get("phone").asString()).isEqualTo("08011112222");
    assertThat(record.get("verification").get("state").asString()).isEqualTo("PENDING");
    assertThat(record.get("verification").get("reason").asString()).contains("documents");
    assertThat(record.get("pendingChangeRequests")).isEmpty();
  }

  @Test
  void anApprovedPayoutAccountStaysVerifiedWhenItsHolderIsTheMembersName() {
    var hanako = api.verifiedMember();
    api.changePayoutAccount(
        hanako, ACCOUNT.replace("7654321", "1111111").replace("ヤマダ ハナコ", "ﾔﾏﾀﾞﾊﾅｺ"));
    var taro = api.verifiedMember();
    api.changePayoutAccount(taro, ACCOUNT.replace("ヤマダ ハナコ", "ヤマダ タロウ"));

    api.approve(pendingId(hanako), TestIssuer.staff());
    api.approve(pendingId(taro), TestIssuer.staff());

    JsonNode hanakos = json(api.ownRecord(hanako));
    assertThat(hanakos.get("payoutAccount").get("maskedAccountNumber").asString())
        .isEqualTo("****111");
    assertThat(hanakos.get("verification").get("state").asString()).isEqualTo("VERIFIED");
    JsonNode taros = json(api.ownRecord(taro));
    assertThat(taros.get("payoutAccount").get("holderKana").asString()).isEqualTo("ヤマダ タロウ");
    assertThat(taros.get("verification").get("state").asString()).isEqualTo("PENDING");
  }

  @Test
  void aRejectionNeedsAReasonWhichTheMemberSees() {
    var hanako = api.verifiedMember();
    api.changeProfile(hanako, NEW_NAME);
    String id = pendingId(hanako);

    var withoutReason = api.reject(id, "{\"reason\":\"  \"}", TestIssuer.staff());
    var rejected = api.reject(id, "{\"reason\":\"書類の氏名と一致しません\"}", TestIssuer.staff());

    assertThat(withoutReason.statusCode()).isEqualTo(400);
    assertThat(withoutReason.body()).contains("\"field\":\"reason\"");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    JsonNode own = json(api.ownRequests(hanako)).get(0);
    assertThat(own.get("state").asString()).isEqualTo("REJECTED");
    assertThat(own.get("rejectionReason").asString()).isEqualTo("書類の氏名と一致しません");
    assertThat(json(api.ownRecord(hanako)).get("profile").get("familyName").asString())
        .isEqualTo("山田");
  }

  @Test
  void ofTwoConcurrentApprovalsOneAppliesAndTheOtherIsAConflict() throws Exception {
    var hanako = api.verifiedMember();
    api.changeProfile(hanako, NEW_NAME);
    String id = pendingId(hanako);
    var start = new CountDownLatch(1);
    Callable<Integer> approve =
        () -> {
          start.await();
          return api.approve(id, TestIssuer.staff()).statusCode();
        };

    List<Integer> statuses;
    try (var pool = Executors.newFixedThreadPool(2)) {
      List<Future<Integer>> results = List.of(pool.submit(approve), pool.submit(approve));
      start.countDown();
      statuses = List.of(results.get(0).get(), results.get(1).get());
    }

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(json(api.ownRecord(hanako)).get("profile").get("familyName").asString())
        .isEqualTo("佐藤");
    assertThat(api.approve(id, TestIssuer.staff()).statusCode()).isEqualTo(409);
  }
}
