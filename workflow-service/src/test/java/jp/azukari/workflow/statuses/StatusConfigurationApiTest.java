package jp.azukari.workflow.statuses;

import static jp.azukari.workflow.RequestsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import jp.azukari.contracts.ActorType;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import jp.azukari.workflow.RequestsApi;
import jp.azukari.workflow.RequestsApi.Someone;
import jp.azukari.workflow.WorkflowEvents;
import jp.azukari.workflow.WorkflowTest;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Admins configure each request type's statuses and transitions; a change never breaks requests in
 * a renamed or retired status, and a status with history is never removed. Every test puts the
 * configuration back as it found it.
 */
@WorkflowTest
class StatusConfigurationApiTest {

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired StatusConfigurations configurations;
  @Autowired MongoTemplate mongo;

  RequestsApi api;
  WorkflowEvents events;
  JsonNode kitAsFound;

  @BeforeEach
  void setUp() {
    api = new RequestsApi(TestHttp.on(port));
    events = new WorkflowEvents(kafka.getBrokersAsString(), envelopes);
    kitAsFound = json(api.type("KIT"));
  }

  @AfterEach
  void putBack() {
    JsonNode now = json(api.type("KIT"));
    if (!now.get("statuses").equals(kitAsFound.get("statuses"))
        || !now.get("transitions").equals(kitAsFound.get("transitions"))) {
      var restored =
          api.configure("KIT", now.get("version").asLong(), input(kitAsFound), TestIssuer.admin());
      assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    }
    events.close();
  }

  static String input(JsonNode type) {
    ObjectNode input = RequestsApi.JSON.createObjectNode();
    input.set("statuses", type.get("statuses"));
    input.set("transitions", type.get("transitions"));
    return input.toString();
  }

  /** The KIT configuration as found, with {@code change} applied to a copy of its statuses. */
  String kitWith(UnaryOperator<ArrayNode> change) {
    ObjectNode copy = (ObjectNode) kitAsFound.deepCopy();
    copy.set("statuses", change.apply((ArrayNode) copy.get("statuses")));
    return input(copy);
  }

  static ObjectNode status(ArrayNode statuses, String code) {
    for (JsonNode status : statuses.values()) {
      if (status.get("code").asString().equals(code)) {
        return (ObjectNode) status;
      }
    }
    throw new AssertionError("No status " + code);
  }

  long version() {
    return json(api.type("KIT")).get("version").asLong();
  }

  @Test
  void anyoneSignedInReadsTheTypesWithTheirDefaultStatuses() {
    var response = api.types(Someone.newMember().token());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode types = json(response);
    assertThat(types.values())
        .extracting(t -> t.get("type").asString())
        .containsExactly("KIT", "WALK_IN");
    JsonNode kit = types.get(0);
    assertThat(kit.get("name").get("ja").asString()).isEqualTo("宅配キット委託");
    assertThat(kit.get("statuses").values())
        .extracting(s -> s.get("code").asString())
        .startsWith("KIT_REQUESTED", "KIT_REQUEST_CONFIRMED", "KIT_SENT", "ITEMS_RECEIVED");
    JsonNode sent = kit.get("statuses").get(2);
    assertThat(sent.get("timeLimitHours").asInt()).isEqualTo(336);
    assertThat(sent.get("kitWithMember").asBoolean()).isTrue();
    assertThat(sent.get("memberLabel").get("en").asString()).isNotBlank();
    assertThat(sent.get("color").get("background").asString()).matches("#[0-9a-f]{6}");
    JsonNode walkIn = types.get(1);
    assertThat(walkIn.get("statuses").get(0).get("code").asString()).isEqualTo("ITEMS_RECEIVED");
    assertThat(walkIn.get("statuses").get(0).get("initial").asBoolean()).isTrue();
    var one = api.type("KIT");
    assertThat(one.headers().firstValue("ETag"))
        .hasValue("\"" + kit.get("version").asLong() + "\"");
    assertThat(api.type("NOPE").statusCode()).isEqualTo(404);
    assertThat(api.types(null).statusCode()).isEqualTo(401);
  }

  @Test
  void onlyAdminsChangeTheConfiguration() {
    String same = input(kitAsFound);
    long version = kitAsFound.get("version").asLong();

    assertThat(api.configure("KIT", version, same, TestIssuer.staff()).statusCode()).isEqualTo(403);
    assertThat(api.configure("KIT", version, same, Someone.newMember().token()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void renamingAndRetiringAStatusNeverBreaksTheRequestsInIt() {
    var member = Someone.newMember();
    String inSent = json(api.askForKits(member, 1, null)).get("id").asString();
    api.moveThrough(inSent, "KIT_REQUEST_CONFIRMED", "KIT_SENT");
    String confirmed = api.kitRequestFor(member.id()).get("id").asString();
    api.moveNow(confirmed, "KIT_REQUEST_CONFIRMED");

    var changed =
        api.configure(
            "KIT",
            kitAsFound.get("version").asLong(),
            kitWith(
                statuses -> {
                  ObjectNode sent = status(statuses, "KIT_SENT");
                  ((ObjectNode) sent.get("name")).put("ja", "キット発送（旧）");
                  ((ObjectNode) sent.get("memberLabel")).put("en", "Kit sent (old)");
                  sent.put("retired", true);
                  return statuses;
                }),
            TestIssuer.admin());

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(json(changed).get("version").asLong())
        .isEqualTo(kitAsFound.get("version").asLong() + 1);
    JsonNode request = api.detailJson(inSent);
    assertThat(request.get("status").get("name").get("ja").asString()).isEqualTo("キット発送（旧）");
    assertThat(request.get("status").get("retired").asBoolean()).isTrue();
    assertThat(json(api.ownRequest(member, inSent)).get("status").get("label").get("en").asString())
        .isEqualTo("Kit sent (old)");
    JsonNode board = json(api.board("type=KIT&limit=200"));
    assertThat(board.get("columns").values())
        .anyMatch(c -> c.get("status").get("code").asString().equals("KIT_SENT"));

    var intoRetired = api.move(confirmed, api.version(confirmed), "KIT_SENT", null);
    assertThat(intoRetired.statusCode()).isEqualTo(409);
    assertThat(json(intoRetired).get("code").asString()).isEqualTo("illegal-transition");
    assertThat(api.detailJson(confirmed).get("allowedTransitions").values())
        .extracting(t -> t.get("to").asString())
        .containsExactly("CANCELLED");

    var out = api.move(inSent, api.version(inSent), "ITEMS_RECEIVED", null);
    assertThat(out.statusCode()).as(out.body()).isEqualTo(200);
    assertThat(
            json(api.ownRequest(member, inSent))
                .get("timeline")
                .get(2)
                .get("label")
                .get("en")
                .asString())
        .isEqualTo("Kit sent (old)");

    var event = events.await("KIT", "StatusConfigurationChanged", 1).getLast();
    assertThat(event.actorid()).isEqualTo("admin-1");
    assertThat(event.actortype()).isEqualTo(ActorType.STAFF);
    assertThat(event.data().get("version")).isEqualTo(json(changed).get("version").asInt());
    assertThat(event.data().get("changes").toString())
        .contains("statuses.KIT_SENT.name")
        .contains("statuses.KIT_SENT.memberLabel")
        .contains("statuses.KIT_SENT.retired");
  }

  @Test
  void aStatusRequestsAreOrWereInCannotBeRemoved() {
    String id = api.kitRequestFor(Someone.newMember().id()).get("id").asString();
    api.moveThrough(id, "CANCELLED");
    long version = version();
    ObjectNode withoutRequested = (ObjectNode) kitAsFound.deepCopy();

    var refused =
        api.configure(
            "KIT",
            version,
            kitWith(
                    statuses -> {
                      var kept = new ArrayList<JsonNode>();
                      statuses.values().forEach(kept::add);
                      kept.removeIf(
                          s ->
                              s.get("code").asString().equals("KIT_REQUESTED")
                                  || s.get("code").asString().equals("CANCELLED"));
                      kept.stream()
                          .filter(s -> s.get("code").asString().equals("KIT_REQUEST_CONFIRMED"))
                          .forEach(s -> ((ObjectNode) s).put("initial", true));
                      return RequestsApi.JSON.createArrayNode().addAll(kept);
                    })
                .replace(
                    withoutRequested.get("transitions").toString(),
                    "[{\"from\":\"KIT_REQUEST_CONFIRMED\",\"to\":\"KIT_SENT\"},"
                        + "{\"from\":\"KIT_SENT\",\"to\":\"ITEMS_RECEIVED\"}]"),
            TestIssuer.admin());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(json(refused).get("code").asString()).isEqualTo("status-in-use");
    assertThat(json(refused).get("statuses").values())
        .extracting(JsonNode::asString)
        .containsExactly("CANCELLED", "KIT_REQUESTED");
    assertThat(version()).isEqualTo(version);
  }

  @Test
  void aStatusNoRequestEverEnteredCanBeAddedAndRemoved() {
    String withAppraisal =
        kitWith(
            statuses -> {
              ObjectNode appraisal = status(statuses, "INSPECTED").deepCopy();
              appraisal.put("code", "APPRAISAL_WAITING");
              appraisal.put("order", 45);
              statuses.add(appraisal);
              return statuses;
            });

    var added = api.configure("KIT", version(), withAppraisal, TestIssuer.admin());
    var removed = api.configure("KIT", version(), input(kitAsFound), TestIssuer.admin());

    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(json(added).get("statuses").values())
        .extracting(s -> s.get("code").asString())
        .contains("APPRAISAL_WAITING");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    var changes = events.await("KIT", "StatusConfigurationChanged", 2);
    assertThat(changes.get(changes.size() - 2).data().get("changes").toString())
        .contains("statuses.APPRAISAL_WAITING");
  }

  @Test
  void anInvalidConfigurationIsRefusedFieldByFieldAndChangesNothing() {
    long version = version();

    var refused =
        api.configure(
            "KIT",
            version,
            kitWith(
                statuses -> {
                  status(statuses, "KIT_SENT").put("code", "kit-sent");
                  ((ObjectNode) status(statuses, "SOLD").get("color")).put("background", "orange");
                  status(statuses, "INSPECTED").put("initial", true);
                  return statuses;
                }),
            TestIssuer.admin());

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode problem = json(refused);
    assertThat(problem.get("code").asString()).isEqualTo("configuration-invalid");
    assertThat(problem.get("errors").values())
        .extracting(e -> e.get("field").asString() + ":" + e.get("code").asString())
        .contains(
            "statuses[2].code:pattern",
            "statuses[6].color.background:color",
            "statuses:initial",
            "transitions[4].from:unknown-status");
    assertThat(version()).isEqualTo(version);
    assertThat(json(api.type("KIT")).get("statuses")).isEqualTo(kitAsFound.get("statuses"));
  }

  @Test
  void aConcurrentEditIsRefusedAndOneWithoutAVersionIsNotTried() {
    long version = version();
    String first =
        kitWith(
            s -> {
              ((ObjectNode) status(s, "KIT_SENT").get("name")).put("en", "Shipped");
              return s;
            });
    String second =
        kitWith(
            s -> {
              ((ObjectNode) status(s, "KIT_SENT").get("name")).put("en", "Dispatched");
              return s;
            });

    var withoutVersion = api.configure("KIT", null, first, TestIssuer.admin());
    var winner = api.configure("KIT", version, first, TestIssuer.admin());
    var loser = api.configure("KIT", version, second, TestIssuer.admin());

    assertThat(withoutVersion.statusCode()).isEqualTo(428);
    assertThat(winner.statusCode()).isEqualTo(200);
    assertThat(loser.statusCode()).isEqualTo(409);
    assertThat(
            status((ArrayNode) json(api.type("KIT")).get("statuses"), "KIT_SENT")
                .get("name")
                .get("en")
                .asString())
        .isEqualTo("Shipped");
  }

  @Test
  void instancesStartingAtOnceSeedTheDefaultsOnce() throws Exception {
    mongo.remove(Query.query(Criteria.where("_id").is("WALK_IN")), StatusConfiguration.class);
    List<Callable<StatusConfiguration>> starts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      starts.add(() -> configurations.of(RequestType.WALK_IN));
    }

    List<StatusConfiguration> seen = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (var result : pool.invokeAll(starts)) {
        seen.add(result.get());
      }
    }

    assertThat(seen).extracting(StatusConfiguration::version).containsOnly(0L);
    assertThat(
            mongo.count(
                Query.query(Criteria.where("_id").is("WALK_IN")), StatusConfiguration.class))
        .isEqualTo(1);
    assertThat(configurations.of(RequestType.WALK_IN).initial().code()).isEqualTo("ITEMS_RECEIVED");
  }
}
