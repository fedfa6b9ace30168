package jp.azukari.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The heart of the shop on the running system: a verified member asks for a delivery kit, staff
 * move the request through its statuses (the member is mailed where a status says so), the member
 * describes the item, staff complete and list it, the auction system reports bids and the hammer
 * price, and the member sees the figures. The member reaches the auction system signed in, once per
 * hand-off; the acquisition is in the transaction ledger; another member sees none of it.
 */
@EnabledIfSystemProperty(named = "azukari.system", matches = "true")
class ConsignmentSystemTest {

  static final String GATEWAY = RegistrationAuditTrailSystemTest.GATEWAY;
  static final String AUCTION = System.getProperty("azukari.auction.url", "http://localhost:8090");

  @Test
  void aKitRequestEndsWithTheHammerPriceOnTheMemberWeb() throws Exception {
    var staff = new Browser(GATEWAY);
    staff.logIn("staff@example.com", RegistrationAuditTrailSystemTest.PASSWORD);
    var member = VerifiedMembers.create(staff, "山田", "花子");
    var web = member.browser();

    var requested =
        web.postApi("/api/requests/me", "{\"type\":\"KIT\",\"kitCount\":1,\"note\":\"5日以降に配達\"}");
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
    String requestId = JsonPath.read(requested.body(), "$.id");
    assertThat(JsonPath.<String>read(requested.body(), "$.status.code")).isEqualTo("KIT_REQUESTED");

    move(staff, requestId, "KIT_REQUEST_CONFIRMED");
    move(staff, requestId, "KIT_SENT");

    // item-service learns of the request from workflow.events: a moment after it was created.
    var described =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () ->
                    web.postApi(
                        "/api/items/me",
                        """
                        {"requestId":"%s","values":{"name":"腕時計","brand":"SEIKO",
                         "condition":"unused","memberNotes":"開封済み未使用"}}
                        """
                            .formatted(requestId)),
                response -> response.statusCode() != 404);
    assertThat(described.statusCode()).as(described.body()).isEqualTo(201);
    String itemId = JsonPath.read(described.body(), "$.id");
    String itemNumber = JsonPath.read(described.body(), "$.number");
    var photo =
        web.upload(
            "/api/items/me/" + itemId + "/photos",
            "watch.png",
            "image/png",
            VerificationSystemTest.PNG,
            Map.of());
    assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);

    move(staff, requestId, "ITEMS_RECEIVED");
    move(staff, requestId, "INSPECTED");
    var item = staff.getApi("/api/items/" + itemId);
    assertThat(item.statusCode()).as(item.body()).isEqualTo(200);
    var completed =
        staff.sendApi(
            "PATCH",
            "/api/items/" + itemId,
            """
            {"values":{"title":"SEIKO 腕時計 未使用","features":"文字盤 白、箱付き","quantity":1,
             "startPrice":1000}}
            """,
            Map.of("If-Match", VerifiedMembers.etag(item)));
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
    move(staff, requestId, "LISTED");

    // The auction system lists the item, takes a bid, and the hammer falls.
    String auctionId =
        JsonPath.read(
            postJson(
                AUCTION + "/api/admin/listings",
                "{\"itemRef\":\"%s\",\"memberRef\":\"%s\",\"currentBid\":1000}"
                    .formatted(itemNumber, member.id())),
            "$.auctionId");
    postJson(
        AUCTION + "/api/admin/listings",
        "{\"auctionId\":\"%s\",\"currentBid\":2500}".formatted(auctionId));
    postJson(
        AUCTION + "/api/admin/listings",
        "{\"auctionId\":\"%s\",\"currentBid\":3000,\"hammerPrice\":3000}".formatted(auctionId));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              var mine = web.getApi("/api/items/me?requestId=" + requestId);
              assertThat(mine.statusCode()).isEqualTo(200);
              assertThat(JsonPath.<List<Integer>>read(mine.body(), "$[*].price.hammerPrice"))
                  .containsExactly(3000);
            });

    // The member follows every status with its date; mails came where the status mails on entry.
    var own = web.getApi("/api/requests/me/" + requestId);
    assertThat(JsonPath.<List<String>>read(own.body(), "$.timeline[*].status"))
        .containsSubsequence("KIT_REQUESTED", "KIT_SENT", "ITEMS_RECEIVED", "LISTED");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(MailServer.inbox(member.email()))
                    .anySatisfy(
                        mail -> assertThat(MailServer.text(mail)).contains(number(own.body()))));

    // Every move is on the audit log with who made it, from and to.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              var history =
                  staff.getApi(
                      "/api/audit/records?entityType=request&entityId="
                          + requestId
                          + "&action=RequestStatusChanged&size=50");
              assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
              assertThat(JsonPath.<List<String>>read(history.body(), "$.content[*].data.to"))
                  .contains("KIT_SENT", "ITEMS_RECEIVED", "LISTED");
              assertThat(JsonPath.<List<String>>read(history.body(), "$.content[*].actor.name"))
                  .containsOnly("佐藤 一郎");
            });

    // Another member reaches none of it.
    var other = new Browser(GATEWAY);
    other.logIn("member@example.com", RegistrationAuditTrailSystemTest.PASSWORD);
    assertThat(other.getApi("/api/requests/me/" + requestId).statusCode()).isEqualTo(404);
    assertThat(other.getApi("/api/items/me/" + itemId + "/photos/x").statusCode()).isEqualTo(404);
    assertThat(other.getApi("/api/items/me?requestId=" + requestId).body()).doesNotContain(itemId);

    // The acquisition is in the transaction ledger with the counterparty as verified.
    String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              var ledger =
                  staff.getApi("/api/items/ledger?from=" + today + "&to=" + today + "&size=200");
              assertThat(ledger.statusCode()).as(ledger.body()).isEqualTo(200);
              List<Map<String, Object>> entries =
                  JsonPath.read(
                      ledger.body(), "$.content[?(@.itemNumber == '" + itemNumber + "')]");
              assertThat(entries).hasSize(1);
              assertThat(JsonPath.<String>read(entries.getFirst(), "$.counterparty.name"))
                  .contains("山田");
            });
  }

  @Test
  void theMemberLandsInTheAuctionSystemSignedInOncePerHandOff() throws Exception {
    var member = new Browser(GATEWAY);
    member.logIn("member@example.com", RegistrationAuditTrailSystemTest.PASSWORD);
    var handOff = member.getApi("/auction");
    assertThat(handOff.statusCode()).isEqualTo(302);
    String landing = handOff.headers().firstValue("Location").orElseThrow();
    assertThat(landing).startsWith(AUCTION + "/sso?token=");

    var auction = new Browser(AUCTION);
    var signedIn = auction.open(landing);
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
    // The token leaves the address bar: the stand-in's own session carries the member on.
    var landed =
        auction.open(
            URI.create(landing)
                .resolve(signedIn.headers().firstValue("Location").orElseThrow())
                .toString());
    assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
    assertThat(landed.body()).contains("8d7f3f0e-0a6b-4c1e-9a51-3c2f0d1e7a01");

    var replayed = new Browser(AUCTION).open(landing);
    assertThat(replayed.statusCode()).isEqualTo(401);
    String token = landing.substring(landing.indexOf("token=") + 6);
    String[] parts = token.split("\\.");
    String otherSubject =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                    .replace("8d7f3f0e-0a6b-4c1e-9a51-3c2f0d1e7a01", "someone-else")
                    .getBytes());
    var tampered =
        new Browser(AUCTION)
            .open(AUCTION + "/sso?token=" + parts[0] + "." + otherSubject + "." + parts[2]);
    assertThat(tampered.statusCode()).isEqualTo(401);
    assertThat(tampered.body()).doesNotContain("someone-else");
  }

  static void move(Browser staff, String requestId, String to) {
    var current = staff.getApi("/api/requests/" + requestId);
    assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
    var moved =
        staff.sendApi(
            "POST",
            "/api/requests/" + requestId + "/transitions",
            "{\"to\":\"%s\",\"comment\":\"system test\"}".formatted(to),
            Map.of("If-Match", VerifiedMembers.etag(current)));
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(JsonPath.<String>read(moved.body(), "$.status.code")).isEqualTo(to);
  }

  private static String number(String request) {
    return JsonPath.read(request, "$.number");
  }

  private static String postJson(String url, String json) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    return response.body();
  }
}
