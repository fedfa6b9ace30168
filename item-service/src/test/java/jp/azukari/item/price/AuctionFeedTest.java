package jp.azukari.item.price;

import static jp.azukari.item.price.FakeAuctionSystem.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import jp.azukari.contracts.ActorType;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.contracts.Topics;
import jp.azukari.item.item.AuctionFigures;
import jp.azukari.item.item.Item;
import jp.azukari.item.item.ItemRepository;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.EventsProbe;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The price feed end to end: a fake auction system on a real port (the only fake), the service
 * polling it, items in MongoDB, {@code item.ItemPriceUpdated} on Kafka. Duplicates, out-of-order
 * updates, a restarted auction system, unknown items, a concurrent staff edit, and an auction
 * system that is down, failing or slow.
 */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class AuctionFeedTest {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final Instant LISTED = Instant.parse("2026-01-10T01:00:00Z");
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final FakeAuctionSystem auction = FakeAuctionSystem.start();

  @DynamicPropertySource
  static void auctionSystem(DynamicPropertyRegistry registry) {
    registry.add("azukari.auction.url", auction::url);
    // Other service tests' contexts in this JVM poll the default URL: a database of our own keeps
    // their feed status and lock apart from ours.
    registry.add("spring.mongodb.database", () -> "azukari-item-prices");
    registry.add("azukari.auction.poll-interval", () -> "200ms");
    // Small pages, so that every test reads several of them.
    registry.add("azukari.auction.page-size", () -> "2");
    registry.add("azukari.auction.connect-timeout", () -> "300ms");
    registry.add("azukari.auction.read-timeout", () -> "400ms");
    registry.add("azukari.auction.retry-backoff", () -> "50ms");
    registry.add("azukari.auction.breaker-open-for", () -> "2s");
  }

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired ItemRepository items;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;
  @Autowired StaffEditsMeanwhile staffEdits;

  TestHttp http;
  EventsProbe events;

  @BeforeEach
  void setUp() {
    auction.reset();
    http = TestHttp.on(port);
    events = new EventsProbe(kafka.getBrokersAsString(), Topics.ITEM);
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  @AfterAll
  static void stopAuction() {
    auction.close();
  }

  @Test
  void takesInListingBidsAndHammerPriceAndAnnouncesWhatChanged() {
    Item item = newItem();
    var listed = listing("A100", item.number(), LISTED, 1);
    auction.publish(
        listed, listed.bid(1500, 2), listed.bid(2500, 3), listed.bid(2500, 3).sold(3000, 4));

    await().atMost(WAIT).until(() -> hammerPrice(item) != null);

    assertThat(reload(item).price())
        .usingRecursiveComparison()
        .ignoringFields("updatedAt")
        .isEqualTo(
            new AuctionFigures(
                "A100", LISTED, 2500, LISTED.plus(Duration.ofDays(7)), 3000L, 4, null));
    var announced = priceEvents(item, 4);
    assertThat(announced).extracting(e -> e.data().get("sequence")).containsExactly(1, 2, 3, 4);
    assertThat(announced.getFirst().data().get("changes"))
        .isEqualTo(
            List.of(
                change("listedAt", null, "2026-01-10T01:00:00Z"),
                change("currentBid", null, 0),
                change("endsAt", null, "2026-01-17T01:00:00Z")));
    assertThat(announced.get(2).data().get("changes"))
        .isEqualTo(List.of(change("currentBid", 1500, 2500)));
    assertThat(announced.getLast().data().get("changes"))
        .isEqualTo(List.of(change("hammerPrice", null, 3000)));
    assertThat(announced.getLast().data())
        .containsEntry("itemId", item.id())
        .containsEntry("memberId", item.memberId())
        .containsEntry("auctionId", "A100");
    assertThat(announced.getLast().actortype()).isEqualTo(ActorType.SYSTEM);
    await()
        .atMost(WAIT)
        .until(() -> auction.endCursor().equals(feedStatus().get("cursor").asString()));
  }

  @Test
  void duplicateAndOutOfOrderUpdatesChangeNothing() {
    Item item = newItem();
    var listed = listing("A200", item.number(), LISTED, 10);
    auction.publish(
        listed.bid(1000, 10),
        listed.bid(2500, 12),
        listed.bid(2500, 12),
        listed.bid(2000, 11),
        listed.bid(1000, 10));

    awaitFeedReadToItsEnd();

    assertThat(reload(item).price().currentBid()).isEqualTo(2500);
    assertThat(reload(item).price().sequence()).isEqualTo(12);
    assertThat(reload(item).version()).isEqualTo(item.version() + 2);
    assertThat(exactlyPriceEvents(item, 2)).hasSize(2);
  }

  @Test
  void aRestartedAuctionSystemReadingItsFeedFromTheBeginningAppliesNothingTwice() {
    Item item = newItem();
    var listed = listing("A300", item.number(), LISTED, 1);
    auction.publish(listed, listed.bid(1800, 2), listed.bid(2200, 3));
    awaitFeedReadToItsEnd();
    long version = reload(item).version();
    String cursorBefore = auction.endCursor();

    auction.restart();
    awaitFeedReadToItsEnd();

    assertThat(auction.endCursor()).isNotEqualTo(cursorBefore);
    // The old run's cursor was answered with the whole feed again.
    assertThat(auction.answeredCursors()).contains(auction.endCursor());
    assertThat(reload(item).version()).isEqualTo(version);
    assertThat(exactlyPriceEvents(item, 3)).hasSize(3);

    auction.publish(listed.bid(2600, 4));
    await().atMost(WAIT).until(() -> reload(item).price().currentBid() == 2600);
    assertThat(priceEvents(item, 4)).hasSize(4);
  }

  @Test
  void aCursorTheAuctionSystemRefusesIsDroppedAndTheFeedReadAgainWithoutApplyingTwice() {
    Item item = newItem();
    auction.publish(listing("A350", item.number(), LISTED, 1).bid(1200, 2));
    awaitFeedReadToItsEnd();

    auction.publish(listing("A350", item.number(), LISTED, 1).bid(1300, 3));
    await()
        .atMost(WAIT)
        .until(
            () -> {
              mongo
                  .getCollection("auction_feed")
                  .updateOne(
                      Filters.eq("_id", "auction-feed"), Updates.set("cursor", "not-a-cursor"));
              return auction.askedWith("not-a-cursor");
            });

    awaitFeedReadToItsEnd();
    assertThat(reload(item).price().currentBid()).isEqualTo(1300);
    assertThat(exactlyPriceEvents(item, 2)).hasSize(2);
  }

  @Test
  void updatesForUnknownItemsDoNotStopTheFeedAndApplyOnceTheItemExists(CapturedOutput output) {
    String unknown = "I-" + UUID.randomUUID();
    Item known = newItem();
    auction.publish(
        listing("A400", unknown, LISTED, 1),
        listing("A401", known.number(), LISTED, 2),
        listing("A400", unknown, LISTED, 1).bid(700, 3));

    awaitFeedReadToItsEnd();

    assertThat(reload(known).price().auctionId()).isEqualTo("A401");
    var kept = mongo.findById(unknown + "|A400", PriceOrphan.class);
    assertThat(kept).isNotNull();
    assertThat(kept.update().currentBid()).isEqualTo(700);
    assertThat(feedStatus().get("waitingOrphans").asLong()).isPositive();

    auction.restart();
    awaitFeedReadToItsEnd();
    assertThat(output.toString().lines().filter(line -> line.contains(unknown))).hasSize(1);

    Item arrived = newItem(unknown);
    await().atMost(WAIT).until(() -> reload(arrived).price() != null);
    assertThat(reload(arrived).price().currentBid()).isEqualTo(700);
    assertThat(mongo.findById(unknown + "|A400", PriceOrphan.class)).isNull();
    assertThat(priceEvents(arrived, 1)).hasSize(1);
  }

  @Test
  void aStaffEditWhileAPriceIsAppliedIsKeptAndThePriceAppliedAgain() {
    Item item = newItem();
    staffEdits.armFor(item.number());

    auction.publish(listing("A500", item.number(), LISTED, 1).bid(4200, 2));
    await().atMost(WAIT).until(() -> reload(item).price() != null);

    Item saved = reload(item);
    assertThat(staffEdits.edits()).isEqualTo(1);
    assertThat(saved.values()).containsEntry("title", "ルイ・ヴィトン モノグラム");
    assertThat(saved.price().currentBid()).isEqualTo(4200);
    assertThat(exactlyPriceEvents(item, 1)).hasSize(1);
  }

  @Test
  void whileTheAuctionSystemIsDownTheServiceStaysHealthyLogsOnceAndCatchesUpLater(
      CapturedOutput output) {
    awaitFeedReadToItsEnd();
    Item item = newItem();
    auction.down();

    await()
        .atMost(WAIT)
        .until(
            () ->
                feedStatus().get("consecutiveFailures").asInt() >= 3
                    && "OPEN".equals(feedStatus().get("circuit").asString()));
    assertThat(http.get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
    assertThat(http.get("/actuator/health/readiness", null).body()).contains("\"status\":\"UP\"");
    JsonNode failing = feedStatus();
    assertThat(failing.get("lastError").get("message").asString())
        .contains("not available")
        .containsAnyOf("ConnectException", "Connection refused", "ClosedChannelException");
    assertThat(failing.get("failingSince").isNull()).isFalse();

    auction.publish(listing("A600", item.number(), LISTED, 1).bid(9000, 2));
    auction.up();

    await().atMost(WAIT).until(() -> reload(item).price() != null);
    assertThat(reload(item).price().currentBid()).isEqualTo(9000);
    await()
        .atMost(WAIT)
        .until(
            () ->
                feedStatus().get("lastError").isNull()
                    && "CLOSED".equals(feedStatus().get("circuit").asString()));
    assertThat(
            output
                .toString()
                .lines()
                .filter(
                    line ->
                        line.contains("WARN")
                            && line.contains(auction.url())
                            && line.contains("not available")))
        .hasSize(1);
    assertThat(output.toString())
        .contains("Auction feed back after")
        .doesNotContain("AuctionSystemUnavailable")
        .doesNotContain("at jp.azukari.item.price");
  }

  @Test
  void failingAndSlowAnswersAreRetriedTheBreakerOpensAndTheFeedCatchesUp() throws Exception {
    awaitFeedReadToItsEnd();
    Item item = newItem();
    auction.answerWith(500);

    await().atMost(WAIT).until(() -> "OPEN".equals(feedStatus().get("circuit").asString()));
    assertThat(auction.requests()).isGreaterThanOrEqualTo(3);
    int whileOpen = auction.requests();
    Thread.sleep(700);
    assertThat(auction.requests()).as("no calls while the breaker is open").isEqualTo(whileOpen);
    assertThat(feedStatus().get("lastError").get("message").asString()).contains("500");
    assertThat(http.get("/actuator/health", null).body()).contains("\"status\":\"UP\"");

    auction.answerWith(0);
    auction.slow(Duration.ofSeconds(2));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(feedStatus().get("lastError").get("message").asString())
                    .contains("no answer within 400 ms"));

    auction.publish(listing("A700", item.number(), LISTED, 1));
    auction.slow(Duration.ZERO);
    await().atMost(WAIT).until(() -> reload(item).price() != null);
    await().atMost(WAIT).until(() -> feedStatus().get("consecutiveFailures").asInt() == 0);
  }

  @Test
  void staffSeeTheFeedsStateAndMembersDoNot() {
    awaitFeedReadToItsEnd();

    var response = http.get("/api/items/auction-feed", TestIssuer.staff());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode status = json(response);
    assertThat(status.get("auctionSystem").asString()).isEqualTo(auction.url());
    assertThat(status.get("polling").asBoolean()).isTrue();
    assertThat(status.get("cursor").asString()).isEqualTo(auction.endCursor());
    assertThat(status.get("lastSuccessAt").isNull()).isFalse();
    assertThat(status.get("lastError").isNull()).isTrue();
    assertThat(http.get("/api/items/auction-feed", TestIssuer.member("m-1")).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/items/auction-feed", null).statusCode()).isEqualTo(401);
  }

  // --- helpers

  Item newItem() {
    return newItem("I-" + UUID.randomUUID().toString().substring(0, 13));
  }

  /** An item as the items feature stores it (written directly: this test is about prices). */
  Item newItem(String number) {
    String id = "item-" + UUID.randomUUID();
    mongo
        .getCollection("items")
        .insertOne(
            new Document("_id", id)
                .append("number", number)
                .append("requestId", "request-" + UUID.randomUUID())
                .append("memberId", "member-" + UUID.randomUUID())
                .append("values", new Document("name", "バッグ"))
                .append("photos", List.of())
                .append("createdAt", Date.from(Instant.now()))
                .append("updatedAt", Date.from(Instant.now()))
                .append("version", 0L));
    return items.findById(id).orElseThrow();
  }

  Item reload(Item item) {
    return items.findById(item.id()).orElseThrow();
  }

  Long hammerPrice(Item item) {
    AuctionFigures price = reload(item).price();
    return price == null ? null : price.hammerPrice();
  }

  JsonNode feedStatus() {
    var response = http.get("/api/items/auction-feed", TestIssuer.staff());
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response);
  }

  void awaitFeedReadToItsEnd() {
    await()
        .atMost(WAIT)
        .until(
            () -> {
              JsonNode status = feedStatus();
              return auction.endCursor().equals(status.get("cursor").asString())
                  && status.get("lastError").isNull();
            });
  }

  List<EventEnvelope> priceEvents(Item item, int count) {
    return events
        .awaitRecords(
            r -> item.id().equals(r.key()) && r.value().contains("\"item.ItemPriceUpdated\""),
            count,
            WAIT)
        .stream()
        .map(r -> envelopes.fromJson(r.value()))
        .toList();
  }

  /** Waits for {@code count} price events of the item, then a while longer for any more. */
  List<EventEnvelope> exactlyPriceEvents(Item item, int count) {
    priceEvents(item, count);
    return events
        .drain(
            r -> item.id().equals(r.key()) && r.value().contains("\"item.ItemPriceUpdated\""),
            Duration.ofSeconds(2))
        .stream()
        .map(r -> envelopes.fromJson(r.value()))
        .toList();
  }

  static Map<String, Object> change(String field, Object before, Object after) {
    var change = new java.util.LinkedHashMap<String, Object>();
    change.put("field", field);
    change.put("before", before);
    change.put("after", after);
    return change;
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /**
   * Staff saving an item just while a price is being applied to it: once armed for an item number,
   * the next save of that item is preceded by a staff edit of the stored item.
   */
  static class StaffEditsMeanwhile implements BeforeSaveCallback<Item> {

    private final ObjectProvider<MongoTemplate> mongo;
    private volatile String armedFor;
    private final AtomicInteger edits = new AtomicInteger();

    StaffEditsMeanwhile(ObjectProvider<MongoTemplate> mongo) {
      this.mongo = mongo;
    }

    void armFor(String number) {
      armedFor = number;
    }

    int edits() {
      return edits.get();
    }

    @Override
    public Item onBeforeSave(Item item, Document document, String collection) {
      if (item.number().equals(armedFor)) {
        armedFor = null;
        mongo
            .getObject()
            .getCollection("items")
            .updateOne(
                Filters.eq("_id", item.id()),
                Updates.combine(
                    Updates.set("values.title", "ルイ・ヴィトン モノグラム"), Updates.inc("version", 1L)));
        edits.incrementAndGet();
      }
      return item;
    }
  }

  @TestConfiguration
  static class StaffEdits {
    @Bean
    StaffEditsMeanwhile staffEditsMeanwhile(ObjectProvider<MongoTemplate> mongo) {
      return new StaffEditsMeanwhile(mongo);
    }
  }
}
