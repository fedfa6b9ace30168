package jp.azukari.item.field;

import static jp.azukari.item.ItemsApi.ADMIN;
import static jp.azukari.item.ItemsApi.STAFF;
import static jp.azukari.item.ItemsApi.change;
import static jp.azukari.item.ItemsApi.ifMatch;
import static jp.azukari.item.ItemsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import jp.azukari.contracts.ActorType;
import jp.azukari.item.ItemEvents;
import jp.azukari.item.ItemsApi;
import jp.azukari.item.ItemsApi.Someone;
import jp.azukari.item.member.MemberRecords;
import jp.azukari.item.request.RequestRecords;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
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
 * Admins configure the item fields on the version they read; the defaults are there from the start,
 * built-in fields stay, and every change is announced setting by setting.
 */
@ServiceTest
class ItemFieldsApiTest {

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired ItemFields itemFields;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired RequestRecords requests;
  @Autowired MemberRecords members;

  TestHttp http;
  ItemsApi api;

  @BeforeEach
  void setUp() {
    http = TestHttp.on(port);
    api = new ItemsApi(http, requests, members);
  }

  /** Every test leaves the shop with the default fields, as the other tests expect them. */
  @AfterEach
  void restoreDefaults() {
    mongo.remove(
        Query.query(Criteria.where("_id").is(FieldConfiguration.ID)), FieldConfiguration.class);
    itemFields.configuration();
  }

  HttpResponse<String> fields(String token) {
    return http.get("/api/items/fields", token);
  }

  HttpResponse<String> put(String token, Object version, JsonNode fields) {
    return http.send(
        "PUT",
        "/api/items/fields",
        token,
        ItemsApi.JSON.writeValueAsString(Map.of("fields", fields)),
        ifMatch(version));
  }

  /** The fields as read, with {@code change} applied to the one with the key. */
  static ArrayNode edited(
      JsonNode fields, String key, java.util.function.Consumer<ObjectNode> change) {
    ArrayNode copy = (ArrayNode) fields.deepCopy();
    for (JsonNode field : copy) {
      if (field.get("key").asString().equals(key)) {
        change.accept((ObjectNode) field);
      }
    }
    return copy;
  }

  @Test
  void everyoneSignedInReadsTheDefaultFieldsWithTheirVersion() {
    var response = fields(Someone.newMember().token());

    assertThat(response.statusCode()).isEqualTo(200);
    var body = json(response);
    assertThat(response.headers().firstValue("ETag"))
        .hasValue("\"" + body.get("version").asLong() + "\"");
    List<String> keys = new ArrayList<>();
    body.get("fields").forEach(field -> keys.add(field.get("key").asString()));
    assertThat(keys)
        .containsExactly(
            "name",
            "brand",
            "condition",
            "memberNotes",
            "category",
            "title",
            "description",
            "features",
            "quantity",
            "startPrice",
            "storageLocation");
    JsonNode condition = body.get("fields").get(2);
    assertThat(condition.get("type").asString()).isEqualTo("SELECT");
    assertThat(condition.get("memberEditable").asBoolean()).isTrue();
    assertThat(condition.get("builtIn").asBoolean()).isTrue();
    assertThat(condition.get("options").get(2).get("value").asString()).isEqualTo("likeNew");
    assertThat(condition.get("options").get(2).get("label").get("ja").asString())
        .isEqualTo("未使用に近い");
    assertThat(body.get("fields").get(5).get("required").asBoolean()).as("title").isTrue();
    assertThat(body.get("fields").get(5).get("memberEditable").asBoolean()).isFalse();
    assertThat(fields(null).statusCode()).isEqualTo(401);
  }

  @Test
  void anAdminRelabelsRetiresAndReordersABuiltInFieldAndItIsAnnounced() {
    var read = json(fields(ADMIN));
    long version = read.get("version").asLong();
    var fields =
        edited(
            read.get("fields"),
            "brand",
            brand -> {
              ((ObjectNode) brand.get("label")).put("ja", "メーカー");
              brand.put("retired", true);
              brand.put("order", 500);
            });

    var response = put(ADMIN, version, fields);

    assertThat(response.statusCode()).isEqualTo(200);
    var body = json(response);
    assertThat(body.get("version").asLong()).isEqualTo(version + 1);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"" + (version + 1) + "\"");
    JsonNode last = body.get("fields").get(body.get("fields").size() - 1);
    assertThat(last.get("key").asString()).isEqualTo("brand");
    assertThat(last.get("label").get("ja").asString()).isEqualTo("メーカー");
    assertThat(last.get("retired").asBoolean()).isTrue();
    assertThat(last.get("builtIn").asBoolean()).isTrue();

    try (var events = new ItemEvents(kafka.getBrokersAsString(), envelopes)) {
      var configured =
          events.awaitOne(
              FieldConfiguration.ID,
              "item.ItemFieldsConfigured",
              e -> e.data().get("changes").toString().contains("fields.brand.retired"));
      assertThat(((Number) configured.data().get("version")).longValue()).isEqualTo(version + 1);
      assertThat(configured.actortype()).isEqualTo(ActorType.STAFF);
      assertThat(configured.actorid()).isEqualTo("admin-1");
      assertThat(configured.data().get("changes"))
          .isEqualTo(
              List.of(
                  change("fields.brand.label.ja", "ブランド", "メーカー"),
                  change("fields.brand.order", 20, 500),
                  change("fields.brand.retired", false, true)));
    }
  }

  @Test
  void removingOrRetypingABuiltInFieldIsRefusedWithFieldProblemsAndChangesNothing() {
    var read = json(fields(ADMIN));
    long version = read.get("version").asLong();
    ArrayNode withoutBrand = (ArrayNode) read.get("fields").deepCopy();
    withoutBrand.remove(1);
    var retyped = edited(read.get("fields"), "quantity", q -> q.put("type", "TEXT"));

    var removal = put(ADMIN, version, withoutBrand);
    var retyping = put(ADMIN, version, retyped);

    assertThat(removal.statusCode()).isEqualTo(400);
    assertThat(removal.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    var problem = json(removal);
    assertThat(problem.get("code").asString()).isEqualTo("item-fields.invalid");
    assertThat(problem.get("type").asString()).isEqualTo("urn:azukari:problem:item-fields.invalid");
    assertThat(problem.get("errors").get(0).get("code").asString())
        .isEqualTo("field.builtIn.removed");
    assertThat(problem.get("errors").get(0).get("message").asString()).contains("brand");
    assertThat(retyping.statusCode()).isEqualTo(400);
    assertThat(json(retyping).get("errors").get(0).get("field").asString())
        .isEqualTo("fields[8].type");
    assertThat(json(fields(ADMIN)).get("version").asLong()).isEqualTo(version);
  }

  @Test
  void aSelectFieldWithABadOptionIsRefused() {
    var read = json(fields(ADMIN));
    var fields =
        edited(
            read.get("fields"),
            "condition",
            condition ->
                ((ArrayNode) condition.get("options"))
                    .addObject()
                    .put("value", "ほぼ新品")
                    .putObject("label")
                    .put("ja", "ほぼ新品")
                    .put("en", "Almost new"));

    var response = put(ADMIN, read.get("version").asLong(), fields);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("errors").get(0).get("field").asString())
        .isEqualTo("fields[2].options[5].value");
    assertThat(json(response).get("errors").get(0).get("code").asString())
        .isEqualTo("field.option.value.format");
  }

  @Test
  void onlyAdminsConfigureAndOnlyOnTheVersionTheyRead() {
    var read = json(fields(ADMIN));
    long version = read.get("version").asLong();
    var fields = edited(read.get("fields"), "brand", brand -> brand.put("required", true));

    assertThat(put(STAFF, version, fields).statusCode()).isEqualTo(403);
    assertThat(put(Someone.newMember().token(), version, fields).statusCode()).isEqualTo(403);
    assertThat(put(ADMIN, null, fields).statusCode()).isEqualTo(428);
    assertThat(put(ADMIN, version + 7, fields).statusCode()).isEqualTo(409);
    assertThat(put(ADMIN, version, fields).statusCode()).isEqualTo(200);
    assertThat(put(ADMIN, version, fields).statusCode())
        .as("a second edit of the same version")
        .isEqualTo(409);
  }

  @Test
  void ofConcurrentEditsOfTheSameVersionExactlyOneWins() throws Exception {
    var read = json(fields(ADMIN));
    long version = read.get("version").asLong();
    var tasks = new ArrayList<Callable<Integer>>();
    for (int i = 0; i < 6; i++) {
      String label = "ブランド" + i;
      var fields =
          edited(read.get("fields"), "brand", b -> ((ObjectNode) b.get("label")).put("ja", label));
      tasks.add(() -> put(ADMIN, version, fields).statusCode());
    }

    List<Integer> statuses = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(6)) {
      for (var future : pool.invokeAll(tasks)) {
        statuses.add(future.get());
      }
    }

    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
    assertThat(json(fields(ADMIN)).get("version").asLong()).isEqualTo(version + 1);
  }

  @Test
  void aCustomFieldThatItemsHoldValuesOfCanBeRetiredButNotRemoved() {
    var read = json(fields(ADMIN));
    ArrayNode withSerial = (ArrayNode) read.get("fields").deepCopy();
    withSerial
        .addObject()
        .put("key", "serialNumber")
        .put("type", "TEXT")
        .put("memberEditable", true)
        .put("order", 120)
        .putObject("label")
        .put("ja", "シリアル番号")
        .put("en", "Serial number");
    var added = put(ADMIN, read.get("version").asLong(), withSerial);
    assertThat(added.statusCode()).isEqualTo(200);
    var hanako = Someone.newMember();
    var item =
        api.added(hanako.token(), api.openRequest(hanako).id(), "{\"serialNumber\":\"A-1\"}");
    assertThat(item.get("values").get("serialNumber").asString()).isEqualTo("A-1");
    long version = json(added).get("version").asLong();
    try {
      var removal = put(ADMIN, version, read.get("fields"));
      var retired =
          put(ADMIN, version, edited(withSerial, "serialNumber", s -> s.put("retired", true)));

      assertThat(removal.statusCode()).isEqualTo(400);
      assertThat(json(removal).get("errors").get(0).get("code").asString())
          .isEqualTo("field.inUse.removed");
      assertThat(retired.statusCode()).isEqualTo(200);
    } finally {
      mongo.remove(Query.query(Criteria.where("values.serialNumber").exists(true)), "items");
    }
  }

  @Test
  void theDefaultsAreSeededOnceWhenSeveralInstancesStartAtOnce() throws Exception {
    mongo.remove(
        Query.query(Criteria.where("_id").is(FieldConfiguration.ID)), FieldConfiguration.class);
    var tasks = new ArrayList<Callable<Long>>();
    for (int i = 0; i < 8; i++) {
      tasks.add(() -> itemFields.configuration().version());
    }

    List<Long> versions = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (var future : pool.invokeAll(tasks)) {
        versions.add(future.get());
      }
    }

    assertThat(versions).containsOnly(0L);
    assertThat(mongo.count(new Query(), FieldConfiguration.class)).isOne();
  }
}
