package jp.azukari.workflow.requests;

import static jp.azukari.workflow.RequestsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.workflow.MemberFeed;
import jp.azukari.workflow.RequestsApi;
import jp.azukari.workflow.RequestsApi.Someone;
import jp.azukari.workflow.WorkflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** Staff move many requests at once; each one moves or is refused on its own. */
@WorkflowTest
class BulkTransitionTest {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired MongoTemplate mongo;

  RequestsApi api;
  MemberFeed feed;

  @BeforeEach
  void setUp() {
    api = new RequestsApi(TestHttp.on(port));
    feed = new MemberFeed(kafka.getBrokersAsString(), mongo);
  }

  @AfterEach
  void tearDown() {
    feed.close();
  }

  String inspectedRequestOf(String memberId) {
    String id = api.kitRequestFor(memberId).get("id").asString();
    api.moveThrough(id, "KIT_REQUEST_CONFIRMED", "KIT_SENT", "ITEMS_RECEIVED", "INSPECTED");
    return id;
  }

  @Test
  void movesEachRequestOnItsOwnAndSaysWhyOthersDidNotMove() {
    var verified = Someone.newMember();
    var unverified = Someone.newMember();
    feed.verified(verified.id(), "高橋", "三郎");
    String ready = inspectedRequestOf(verified.id());
    String notVerified = inspectedRequestOf(unverified.id());
    String tooEarly = api.kitRequestFor(verified.id()).get("id").asString();
    String alsoReady = inspectedRequestOf(verified.id());

    var response =
        api.moveEach(
            List.of(ready, notVerified, "no-such-request", tooEarly, alsoReady, ready),
            "LISTED",
            "一括出品");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> results = json(response).get("results").values().stream().toList();
    assertThat(results)
        .extracting(r -> r.get("requestId").asString())
        .containsExactly(ready, notVerified, "no-such-request", tooEarly, alsoReady);
    assertThat(results)
        .extracting(r -> r.get("moved").asBoolean())
        .containsExactly(true, false, false, false, true);
    assertThat(results)
        .extracting(r -> r.get("problem").isNull() ? null : r.get("problem").get("code").asString())
        .containsExactly(
            null, "member-not-verified", "request-unknown", "illegal-transition", null);
    assertThat(results.get(3).get("problem").get("detail").asString())
        .isEqualTo("KIT_REQUESTED cannot move to LISTED.");
    assertThat(results.get(0).get("number").asString()).matches("R-\\d{6,}");
    assertThat(results.get(2).get("number").isNull()).isTrue();

    assertThat(status(ready)).isEqualTo("LISTED");
    assertThat(status(alsoReady)).isEqualTo("LISTED");
    assertThat(status(notVerified)).isEqualTo("INSPECTED");
    assertThat(status(tooEarly)).isEqualTo("KIT_REQUESTED");
    JsonNode last = api.detailJson(ready).get("history").get(5);
    assertThat(last.get("comment").asString()).isEqualTo("一括出品");
    assertThat(last.get("actor").get("type").asString()).isEqualTo("staff");
  }

  @Test
  void aBulkMoveNeedsRequestsAndATarget() {
    var none =
        api.http()
            .postJson(
                "/api/requests/transitions",
                "{\"requestIds\":[],\"to\":\"LISTED\"}",
                jp.azukari.testsupport.TestIssuer.staff());
    var noTarget =
        api.http()
            .postJson(
                "/api/requests/transitions",
                "{\"requestIds\":[\"x\"]}",
                jp.azukari.testsupport.TestIssuer.staff());

    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("\"field\":\"requestIds\"");
    assertThat(noTarget.statusCode()).isEqualTo(400);
    assertThat(noTarget.body()).contains("\"field\":\"to\"");
  }

  String status(String id) {
    return api.detailJson(id).get("status").get("code").asString();
  }
}
