package jp.azukari.auctionstandin;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class AuctionStandinTests {

  static final String BANNER_JA = "テスト用の代替システム";
  static final String BANNER_EN = "stand-in for the external auction system";

  @Autowired MockMvcTester mvc;

  @Test
  void startPageSaysItIsAStandInForTheExternalAuctionSystem() {
    MvcTestResult result = mvc.get().uri("/").accept(MediaType.TEXT_HTML).exchange();

    assertThat(result)
        .hasStatusOk()
        .hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
        .bodyText()
        .contains(BANNER_JA, BANNER_EN, "/api/feed", "/sso");
  }

  @Test
  void startPageListsListingsWithTheirValuesEscaped() {
    post("{\"itemRef\":\"<b>ITEM-html</b>\",\"currentBid\":12345}", HttpStatus.CREATED);

    assertThat(mvc.get().uri("/").exchange())
        .hasStatusOk()
        .bodyText()
        .contains("&lt;b&gt;ITEM-html&lt;/b&gt;", "12,345")
        .doesNotContain("<b>ITEM-html</b>");
  }

  @Test
  void theMemberOfAListingIsKeptButTheFeedDoesNotShowIt() {
    String start = drainedCursor();

    Map<String, Object> listed =
        post("{\"itemRef\":\"ITEM-member-1\",\"memberRef\":\"member-7\"}", HttpStatus.CREATED);
    assertThat(listed).containsEntry("memberRef", "member-7");
    Map<String, Object> bid =
        post(
            "{\"auctionId\":\"%s\",\"currentBid\":900}".formatted(listed.get("auctionId")),
            HttpStatus.OK);
    assertThat(bid).as("an update keeps the member").containsEntry("memberRef", "member-7");

    String body = feed(start);
    assertThat(JsonPath.<List<Map<String, Object>>>read(body, "$.updates"))
        .singleElement()
        .satisfies(
            update ->
                assertThat(update.keySet())
                    .containsExactlyInAnyOrder(
                        "auctionId",
                        "itemRef",
                        "listedAt",
                        "currentBid",
                        "endsAt",
                        "hammerPrice",
                        "sequence"));
    assertThat(postResult("{\"itemRef\":\"ITEM-member-2\",\"memberRef\":\" \"}"))
        .hasStatus(HttpStatus.BAD_REQUEST);
  }

  @Test
  void feedReportsListingsAddedAfterTheCursorInSequenceOrder() {
    String start = drainedCursor();

    Map<String, Object> first =
        post(
            """
            {"itemRef":"ITEM-feed-1","listedAt":"2026-01-10T01:00:00Z",
             "currentBid":1000,"endsAt":"2026-01-17T01:00:00Z"}
            """,
            HttpStatus.CREATED);
    post("{\"itemRef\":\"ITEM-feed-2\",\"auctionId\":\"X-feed-2\"}", HttpStatus.CREATED);

    String body = feed(start);
    assertThat(JsonPath.<List<String>>read(body, "$.updates[*].itemRef"))
        .containsExactly("ITEM-feed-1", "ITEM-feed-2");
    assertThat(JsonPath.<String>read(body, "$.updates[0].auctionId"))
        .isEqualTo(first.get("auctionId"));
    assertThat(JsonPath.<String>read(body, "$.updates[0].listedAt"))
        .isEqualTo("2026-01-10T01:00:00Z");
    assertThat(JsonPath.<Integer>read(body, "$.updates[0].currentBid")).isEqualTo(1000);
    assertThat(JsonPath.<String>read(body, "$.updates[0].endsAt"))
        .isEqualTo("2026-01-17T01:00:00Z");
    assertThat(JsonPath.<Object>read(body, "$.updates[0].hammerPrice")).isNull();
    assertThat(JsonPath.<String>read(body, "$.updates[1].auctionId")).isEqualTo("X-feed-2");
    assertThat(JsonPath.<Integer>read(body, "$.updates[1].currentBid")).isZero();
    List<Integer> sequences = JsonPath.read(body, "$.updates[*].sequence");
    assertThat(sequences).isSorted().doesNotHaveDuplicates();

    String next = JsonPath.read(body, "$.cursor");
    assertThat(next).isNotEqualTo(start);
    String nothingNew = feed(next);
    assertThat(JsonPath.<List<Object>>read(nothingNew, "$.updates")).isEmpty();
    assertThat(JsonPath.<String>read(nothingNew, "$.cursor")).isEqualTo(next);
  }

  @Test
  void updatedListingIsReportedOnceWithItsLatestStateAndAHigherSequence() {
    Map<String, Object> listed =
        post("{\"itemRef\":\"ITEM-bid-1\",\"currentBid\":500}", HttpStatus.CREATED);
    String auctionId = (String) listed.get("auctionId");
    String afterListing = drainedCursor();

    Map<String, Object> bid =
        post("{\"auctionId\":\"%s\",\"currentBid\":2500}".formatted(auctionId), HttpStatus.OK);
    assertThat(bid).containsEntry("itemRef", "ITEM-bid-1").containsEntry("currentBid", 2500);
    post("{\"auctionId\":\"%s\",\"hammerPrice\":3000}".formatted(auctionId), HttpStatus.OK);

    String body = feed(afterListing);
    assertThat(JsonPath.<List<String>>read(body, "$.updates[*].auctionId"))
        .containsExactly(auctionId);
    assertThat(JsonPath.<Integer>read(body, "$.updates[0].currentBid")).isEqualTo(2500);
    assertThat(JsonPath.<Integer>read(body, "$.updates[0].hammerPrice")).isEqualTo(3000);
    assertThat(JsonPath.<Integer>read(body, "$.updates[0].sequence"))
        .isGreaterThan((Integer) listed.get("sequence"));
  }

  @Test
  void limitPagesThroughTheFeed() {
    String start = drainedCursor();
    post("{\"itemRef\":\"ITEM-page-1\"}", HttpStatus.CREATED);
    post("{\"itemRef\":\"ITEM-page-2\"}", HttpStatus.CREATED);
    post("{\"itemRef\":\"ITEM-page-3\"}", HttpStatus.CREATED);

    MvcTestResult firstPage =
        mvc.get().uri("/api/feed").param("since", start).param("limit", "2").exchange();
    assertThat(firstPage).hasStatusOk();
    String firstBody = contentOf(firstPage);
    assertThat(JsonPath.<List<String>>read(firstBody, "$.updates[*].itemRef"))
        .containsExactly("ITEM-page-1", "ITEM-page-2");

    String secondBody = feed(JsonPath.read(firstBody, "$.cursor"));
    assertThat(JsonPath.<List<String>>read(secondBody, "$.updates[*].itemRef"))
        .containsExactly("ITEM-page-3");
  }

  @Test
  void cursorOfAnEarlierRunStartsTheFeedAgainFromTheBeginning() {
    post("{\"itemRef\":\"ITEM-replay-1\"}", HttpStatus.CREATED);

    String fromStart = feed(null);
    String fromOldRun = feed("someearlierrun-99999");

    assertThat(JsonPath.<List<Object>>read(fromOldRun, "$.updates"))
        .isNotEmpty()
        .isEqualTo(JsonPath.read(fromStart, "$.updates"));
    assertThat(JsonPath.<Integer>read(fromOldRun, "$.updates[0].sequence")).isEqualTo(1);
  }

  @Test
  void feedRejectsMalformedCursorAndLimit() {
    assertThat(mvc.get().uri("/api/feed").param("since", "not-a-cursor").exchange())
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("cursor");
    assertThat(mvc.get().uri("/api/feed").param("limit", "0").exchange())
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/api/feed").param("limit", "many").exchange())
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("limit");
  }

  @Test
  void newListingNeedsAnItemRefAndSaneAmounts() {
    assertThat(postResult("{\"currentBid\":100}"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("itemRef");
    assertThat(postResult("{\"itemRef\":\"ITEM-bad\",\"currentBid\":-1}"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(
            postResult(
                """
                {"itemRef":"ITEM-bad","listedAt":"2026-01-10T00:00:00Z",
                 "endsAt":"2026-01-09T00:00:00Z"}
                """))
        .hasStatus(HttpStatus.BAD_REQUEST);
  }

  @Test
  void readinessAndLivenessProbesAreUp() {
    assertThat(mvc.get().uri("/actuator/health/readiness").exchange())
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("UP");
    assertThat(mvc.get().uri("/actuator/health/liveness").exchange())
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("UP");
  }

  /** A cursor past every change made so far, so a test sees only its own changes. */
  private String drainedCursor() {
    String cursor = null;
    while (true) {
      String body = feed(cursor);
      cursor = JsonPath.read(body, "$.cursor");
      if (JsonPath.<List<Object>>read(body, "$.updates").isEmpty()) {
        return cursor;
      }
    }
  }

  private String feed(String since) {
    var request = mvc.get().uri("/api/feed");
    if (since != null) {
      request = request.param("since", since);
    }
    MvcTestResult result = request.exchange();
    assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    return contentOf(result);
  }

  private Map<String, Object> post(String json, HttpStatus expected) {
    MvcTestResult result = postResult(json);
    assertThat(result).hasStatus(expected);
    return JsonPath.read(contentOf(result), "$");
  }

  private MvcTestResult postResult(String json) {
    return mvc.post()
        .uri("/api/admin/listings")
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }

  private static String contentOf(MvcTestResult result) {
    try {
      return result.getResponse().getContentAsString();
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
