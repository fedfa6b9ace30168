package jp.azukari.item.price;

import static jp.azukari.item.price.FakeAuctionSystem.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import jp.azukari.item.price.AuctionFeedClient.AuctionSystemUnavailable;
import jp.azukari.item.price.AuctionFeedClient.FeedRefused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feed client against a fake auction system: retries what may pass (refused connections, 5xx,
 * answers too slow), not what will not (4xx), and a circuit breaker that stops calling an auction
 * system that keeps failing and tries again after a while.
 */
class AuctionFeedClientTest {

  static final Instant LISTED = Instant.parse("2026-01-10T01:00:00Z");

  final FakeAuctionSystem auction = FakeAuctionSystem.start();
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final AuctionFeedClient client =
      new AuctionFeedClient(
          new AuctionProperties(
              auction.url(),
              true,
              Duration.ofSeconds(1),
              100,
              50,
              Duration.ofMillis(500),
              Duration.ofMillis(300),
              3,
              Duration.ofMillis(20),
              Duration.ofMillis(800)),
          JsonMapper.builder().build(),
          meters);

  @AfterEach
  void stop() {
    auction.close();
  }

  @Test
  void readsAPageAndItsCursor() {
    auction.publish(listing("A1", "I-000001", LISTED, 1).bid(1500, 2));

    FeedPage page = client.fetch(null, 100);

    assertThat(page.updates())
        .singleElement()
        .satisfies(
            update -> {
              assertThat(update.auctionId()).isEqualTo("A1");
              assertThat(update.itemRef()).isEqualTo("I-000001");
              assertThat(update.listedAt()).isEqualTo(LISTED);
              assertThat(update.currentBid()).isEqualTo(1500);
              assertThat(update.hammerPrice()).isNull();
              assertThat(update.sequence()).isEqualTo(2);
            });
    assertThat(page.cursor()).isEqualTo(auction.endCursor());
    assertThat(client.fetch(page.cursor(), 100).updates()).isEmpty();
  }

  @Test
  void retriesServerErrorsAndReportsTheAuctionSystemUnavailableWhenTheyLast() {
    auction.answerWith(503);

    assertThatThrownBy(() -> client.fetch(null, 100))
        .isInstanceOf(AuctionSystemUnavailable.class)
        .hasMessageContaining("503");
    assertThat(auction.requests()).isEqualTo(3);
  }

  @Test
  void retriesAnAnswerThatIsTooSlow() {
    auction.slow(Duration.ofSeconds(1));

    long started = System.nanoTime();
    assertThatThrownBy(() -> client.fetch(null, 100))
        .isInstanceOf(AuctionSystemUnavailable.class)
        .hasMessage("no answer within 300 ms");
    assertThat(auction.requests()).isEqualTo(3);
    // Three attempts of 300 ms each, not three answers of a second.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void aRefusedConnectionIsAnOutage() {
    auction.down();

    assertThatThrownBy(() -> client.fetch(null, 100)).isInstanceOf(AuctionSystemUnavailable.class);
  }

  @Test
  void doesNotRetryARequestTheAuctionSystemRefuses() {
    auction.answerWith(400);

    assertThatThrownBy(() -> client.fetch("bad", 100))
        .isInstanceOfSatisfying(
            FeedRefused.class, refused -> assertThat(refused.status()).isEqualTo(400));
    assertThat(auction.requests()).isEqualTo(1);
  }

  @Test
  void anAnswerThatIsNotAFeedPageIsRefusedNotRetried() {
    auction.answerWith(200);

    assertThatThrownBy(() -> client.fetch(null, 100)).isInstanceOf(FeedRefused.class);
    assertThat(auction.requests()).isEqualTo(1);
  }

  @Test
  void whenTheAuctionSystemKeepsFailingTheBreakerStopsCallingAndTriesAgainLater() {
    auction.answerWith(500);
    assertThatThrownBy(() -> client.fetch(null, 100)).isInstanceOf(AuctionSystemUnavailable.class);
    assertThatThrownBy(() -> client.fetch(null, 100)).isInstanceOf(AuctionSystemUnavailable.class);
    assertThat(client.circuitState()).isEqualTo("OPEN");
    int calls = auction.requests();

    long started = System.nanoTime();
    assertThatThrownBy(() -> client.fetch(null, 100))
        .isInstanceOf(AuctionSystemUnavailable.class)
        .hasMessage(
            "it keeps failing (last: it answers 500 INTERNAL_SERVER_ERROR); not calling it for now");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(200));
    assertThat(auction.requests()).isEqualTo(calls);
    assertThat(meters.find("resilience4j.circuitbreaker.state").tag("state", "open").gauge())
        .satisfies(gauge -> assertThat(gauge.value()).isEqualTo(1.0));

    auction.answerWith(0);
    auction.publish(listing("A1", "I-000001", LISTED, 1));
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .ignoreExceptions()
        .untilAsserted(() -> assertThat(client.fetch(null, 100).updates()).hasSize(1));
    assertThat(client.circuitState()).isEqualTo("CLOSED");
  }
}
