package jp.azukari.workflow.requests;

import static jp.azukari.workflow.RequestsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.workflow.RequestsApi;
import jp.azukari.workflow.RequestsApi.Someone;
import jp.azukari.workflow.WorkflowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member sees and reaches only their own requests, whatever id they put in a path, query, header
 * or body: another member's request is answered exactly like one that does not exist.
 */
@WorkflowTest
class RequestIsolationTest {

  @LocalServerPort int port;

  RequestsApi api;
  Someone hanako;
  Someone taro;
  String tarosRequest;
  String tarosBefore;

  @BeforeEach
  void setUp() {
    api = new RequestsApi(TestHttp.on(port));
    hanako = Someone.newMember();
    taro = Someone.newMember();
    api.askForKits(hanako, 1, "花子の申込");
    tarosRequest = json(api.askForKits(taro, 3, "太郎の申込")).get("id").asString();
    tarosBefore = api.detail(tarosRequest).body();
  }

  @Test
  void anotherMembersRequestIsNotFoundLikeOneThatDoesNotExist() {
    var others = api.ownRequest(hanako, tarosRequest);
    var nobodys = api.ownRequest(hanako, "no-such-request");

    assertThat(others.statusCode()).isEqualTo(404);
    assertThat(json(others).get("code").asString()).isEqualTo("request-unknown");
    assertThat(others.body()).doesNotContain("太郎").doesNotContain(taro.id());
    assertThat(json(others).get("detail")).isEqualTo(json(nobodys).get("detail"));
  }

  @Test
  void theListHoldsOnlyTheMembersOwnRequestsWhateverTheQueryOrHeadersSay() {
    var own = api.ownRequests(hanako);
    var byQuery = api.http().get("/api/requests/me?memberId=" + taro.id(), hanako.token());
    var byHeader =
        api.http()
            .send(
                "GET", "/api/requests/me", hanako.token(), null, Map.of("X-Member-Id", taro.id()));

    assertThat(json(own)).hasSize(1);
    assertThat(json(own).get(0).get("note").asString()).isEqualTo("花子の申込");
    assertThat(byQuery.body()).isEqualTo(own.body());
    assertThat(byHeader.body()).isEqualTo(own.body());
    assertThat(own.body()).doesNotContain("太郎");
  }

  @Test
  void anIdInTheBodyStartsARequestForTheSenderOnly() {
    var response =
        api.http()
            .postJson(
                "/api/requests/me",
                "{\"type\":\"KIT\",\"kitCount\":1,\"memberId\":\"" + taro.id() + "\"}",
                hanako.token());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(api.ownRequests(hanako))).hasSize(2);
    assertThat(json(api.ownRequests(taro))).hasSize(1);
  }

  @Test
  void aMemberCannotUseTheStaffEndpointsEvenForTheirOwnRequest() {
    String own = json(api.ownRequests(hanako)).get(0).get("id").asString();

    assertThat(api.http().get("/api/requests/" + own, hanako.token()).statusCode()).isEqualTo(403);
    assertThat(api.http().get("/api/requests/" + tarosRequest, hanako.token()).statusCode())
        .isEqualTo(403);
    assertThat(api.http().get("/api/requests?memberId=" + taro.id(), hanako.token()).statusCode())
        .isEqualTo(403);
    assertThat(api.http().get("/api/requests/alerts", hanako.token()).statusCode()).isEqualTo(403);
    var move =
        api.http()
            .send(
                "POST",
                "/api/requests/" + tarosRequest + "/transitions",
                hanako.token(),
                "{\"to\":\"CANCELLED\"}",
                Map.of("If-Match", "\"0\""));
    var hold =
        api.http()
            .send(
                "PUT",
                "/api/requests/" + tarosRequest + "/hold",
                hanako.token(),
                "{\"note\":\"x\"}",
                Map.of("If-Match", "\"0\""));
    var bulk =
        api.http()
            .postJson(
                "/api/requests/transitions",
                "{\"requestIds\":[\"" + tarosRequest + "\"],\"to\":\"CANCELLED\"}",
                hanako.token());

    assertThat(move.statusCode()).isEqualTo(403);
    assertThat(hold.statusCode()).isEqualTo(403);
    assertThat(bulk.statusCode()).isEqualTo(403);
    assertThat(api.detail(tarosRequest).body()).isEqualTo(tarosBefore);
  }

  @Test
  void staffHaveNoOwnRequestsToAskFor() {
    assertThat(
            api.http()
                .get("/api/requests/me", jp.azukari.testsupport.TestIssuer.staff())
                .statusCode())
        .isEqualTo(403);
  }
}
