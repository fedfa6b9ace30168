package jp.azukari.item.item;

import static jp.azukari.item.ItemsApi.STAFF;
import static jp.azukari.item.ItemsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import jp.azukari.item.ItemsApi;
import jp.azukari.item.ItemsApi.Someone;
import jp.azukari.item.member.MemberRecords;
import jp.azukari.item.request.RequestRecords;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** Staff complete the listing data of any item and find items in the list. */
@ServiceTest
class StaffItemsTest {

  @LocalServerPort int port;
  @Autowired RequestRecords requests;
  @Autowired MemberRecords members;
  @Autowired MongoTemplate mongo;

  ItemsApi api;
  Someone hanako;

  @BeforeEach
  void setUp() {
    api = new ItemsApi(TestHttp.on(port), requests, members);
    hanako = Someone.newMember();
  }

  static List<String> numbers(JsonNode page) {
    var numbers = new ArrayList<String>();
    page.get("content").forEach(item -> numbers.add(item.get("number").asString()));
    return numbers;
  }

  JsonNode staffAdded(String requestId, String values) {
    var response = api.staffAdd(STAFF, requestId, values);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response);
  }

  @Test
  void staffAddAnItemWithAnyFieldToAnyKnownRequest() {
    api.named(hanako, "山田", "花子");
    var request = api.received(api.openRequest(hanako));

    var response =
        api.staffAdd(
            STAFF,
            request.id(),
            "{\"name\":\"腕時計\",\"title\":\"SEIKO 腕時計\",\"quantity\":\"２\",\"startPrice\":3000}");
    var unknown = api.staffAdd(STAFF, "no-such-request", "{\"name\":\"x\"}");
    var byMember = api.staffAdd(hanako.token(), request.id(), "{\"name\":\"x\"}");

    assertThat(response.statusCode()).isEqualTo(201);
    var item = json(response);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/api/items/" + item.get("id").asString());
    assertThat(item.get("memberId").asString()).isEqualTo(hanako.id());
    assertThat(item.get("memberName").asString()).isEqualTo("山田 花子");
    assertThat(item.get("values").get("quantity").asLong()).isEqualTo(2);
    assertThat(item.get("values").get("startPrice").asLong()).isEqualTo(3000);
    assertThat(item.get("missingRequired").size()).isZero();
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get("code").asString()).isEqualTo("request-unknown");
    assertThat(byMember.statusCode()).isEqualTo(403);
  }

  @Test
  void staffSeeWhichRequiredFieldsAnItemStillLacks() {
    var request = api.openRequest(hanako);
    String id = api.added(hanako.token(), request.id(), "{\"brand\":\"ロエベ\"}").get("id").asString();

    var item = json(api.item(STAFF, id));

    assertThat(item.get("missingRequired").toString()).isEqualTo("[\"name\",\"title\"]");
    assertThat(json(api.ownItem(hanako.token(), id)).get("missingRequired").toString())
        .isEqualTo("[\"name\"]");
    var changed = api.staffChange(STAFF, id, 0, "{\"title\":\"LOEWE バッグ\",\"name\":\"バッグ\"}");
    assertThat(json(changed).get("missingRequired").size()).isZero();
    var cleared = api.staffChange(STAFF, id, 1, "{\"title\":null}");
    assertThat(json(cleared).get("missingRequired").toString()).isEqualTo("[\"title\"]");
    assertThat(json(cleared).get("values").has("title")).isFalse();
  }

  @Test
  void staffFindItemsByNumberNameBrandOrTitleInAnyWidthAndCase() {
    String brand = "Brand" + UUID.randomUUID().toString().substring(0, 8);
    var request = api.openRequest(hanako);
    String first =
        staffAdded(request.id(), "{\"name\":\"ハンドバッグ\",\"brand\":\"" + brand + "\"}")
            .get("number")
            .asString();
    var second = staffAdded(request.id(), "{\"name\":\"財布\",\"title\":\"" + brand + " 長財布\"}");

    assertThat(numbers(json(api.list(STAFF, "?q=" + brand.toLowerCase()))))
        .containsExactlyInAnyOrder(first, second.get("number").asString());
    String fullWidth = toFullWidth(brand);
    assertThat(numbers(json(api.list(STAFF, "?q=" + encode(fullWidth)))))
        .containsExactlyInAnyOrder(first, second.get("number").asString());
    assertThat(numbers(json(api.list(STAFF, "?q=" + first)))).containsExactly(first);
    assertThat(numbers(json(api.list(STAFF, "?q=" + encode("長財布") + "&requestId=" + request.id()))))
        .containsExactly(second.get("number").asString());
    assertThat(numbers(json(api.list(STAFF, "?q=" + encode("(.*")))))
        .as("the text is taken literally")
        .isEmpty();
  }

  @Test
  void staffFilterByRequestMemberAndListingAndPageAndSort() {
    var request = api.openRequest(hanako);
    var other = api.openRequest(Someone.newMember());
    var a = staffAdded(request.id(), "{\"name\":\"A\"}");
    var b = staffAdded(request.id(), "{\"name\":\"B\"}");
    var c = staffAdded(request.id(), "{\"name\":\"C\"}");
    staffAdded(other.id(), "{\"name\":\"D\"}");
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(b.get("id").asString())),
        Update.update(
            "price",
            new jp.azukari.item.item.AuctionFigures(
                "auction-1", Instant.now(), 4200, Instant.now(), null, 1, Instant.now())),
        Item.class);

    var firstPage = json(api.list(STAFF, "?requestId=" + request.id() + "&size=2&sort=number,asc"));
    var secondPage =
        json(api.list(STAFF, "?requestId=" + request.id() + "&size=2&page=1&sort=number,asc"));

    String na = a.get("number").asString();
    String nb = b.get("number").asString();
    String nc = c.get("number").asString();
    assertThat(numbers(firstPage)).containsExactly(na, nb);
    assertThat(numbers(secondPage)).containsExactly(nc);
    assertThat(firstPage.get("page").get("totalElements").asLong()).isEqualTo(3);
    assertThat(firstPage.get("page").get("totalPages").asLong()).isEqualTo(2);
    assertThat(firstPage.get("page").get("size").asInt()).isEqualTo(2);
    assertThat(numbers(json(api.list(STAFF, "?requestId=" + request.id() + "&sort=number,desc"))))
        .containsExactly(nc, nb, na);
    assertThat(numbers(json(api.list(STAFF, "?memberId=" + hanako.id()))))
        .containsExactly(nc, nb, na);
    assertThat(numbers(json(api.list(STAFF, "?requestId=" + request.id() + "&listed=true"))))
        .containsExactly(nb);
    assertThat(numbers(json(api.list(STAFF, "?requestId=" + request.id() + "&listed=false"))))
        .containsExactly(nc, na);
    var listed = json(api.item(STAFF, b.get("id").asString())).get("price");
    assertThat(listed.get("auctionId").asString()).isEqualTo("auction-1");
    assertThat(listed.get("currentBid").asLong()).isEqualTo(4200);
    assertThat(listed.has("sequence")).isFalse();
    assertThat(api.list(STAFF, "?sort=price,asc").statusCode()).isEqualTo(400);
    assertThat(api.list(STAFF, "?size=1000").statusCode()).isEqualTo(400);
    assertThat(api.list(hanako.token(), "").statusCode()).isEqualTo(403);
  }

  @Test
  void itemNumbersAreUniqueWhenItemsAreAddedAtOnce() throws Exception {
    var request = api.openRequest(hanako);
    var tasks = new ArrayList<Callable<String>>();
    for (int i = 0; i < 12; i++) {
      tasks.add(() -> json(api.staffAdd(STAFF, request.id(), "{}")).get("number").asString());
    }

    var numbers = new HashSet<String>();
    try (var pool = Executors.newFixedThreadPool(6)) {
      for (var future : pool.invokeAll(tasks)) {
        numbers.add(future.get());
      }
    }

    assertThat(numbers).hasSize(12).allMatch(n -> n.matches("I-\\d{6}"));
  }

  static String toFullWidth(String text) {
    var out = new StringBuilder();
    text.chars().forEach(c -> out.append(c >= 0x21 && c <= 0x7E ? (char) (c + 0xFEE0) : (char) c));
    return out.toString();
  }

  static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
