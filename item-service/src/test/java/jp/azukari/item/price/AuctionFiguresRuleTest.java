package jp.azukari.item.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.item.ItemPriceUpdated;
import jp.azukari.item.item.AuctionFigures;
import jp.azukari.item.item.Item;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Which auction figures an item takes in, and what it announces when it does. */
class AuctionFiguresRuleTest {

  static final Instant LISTED = Instant.parse("2026-01-10T01:00:00Z");
  static final Instant ENDS = LISTED.plus(Duration.ofDays(7));
  static final Instant NOW = Instant.parse("2026-01-11T00:00:00Z");

  static Item item() {
    Item item = org.springframework.beans.BeanUtils.instantiateClass(Item.class);
    ReflectionTestUtils.setField(item, "id", "item-1");
    ReflectionTestUtils.setField(item, "number", "I-000001");
    ReflectionTestUtils.setField(item, "memberId", "member-1");
    return item;
  }

  static AuctionFigures figures(
      String auctionId, Instant listedAt, long bid, Long hammer, long seq) {
    return new AuctionFigures(auctionId, listedAt, bid, ENDS, hammer, seq, NOW);
  }

  static ItemPriceUpdated lastEvent(Item item) {
    return (ItemPriceUpdated) item.registeredEvents().getLast();
  }

  @Test
  void theFirstListingIsTakenAndAnnouncedWithEveryFigureItBrings() {
    Item item = item();

    assertThat(item.applyAuctionFigures(figures("A1", LISTED, 0, null, 1))).isTrue();

    assertThat(item.price()).isEqualTo(figures("A1", LISTED, 0, null, 1));
    assertThat(lastEvent(item))
        .isEqualTo(
            new ItemPriceUpdated(
                "item-1",
                "member-1",
                "A1",
                1,
                java.util.List.of(
                    new FieldChange("listedAt", null, LISTED),
                    new FieldChange("currentBid", null, 0L),
                    new FieldChange("endsAt", null, ENDS))));
  }

  @Test
  void aNewerUpdateOfTheSameListingAnnouncesOnlyWhatChanged() {
    Item item = item();
    item.applyAuctionFigures(figures("A1", LISTED, 1000, null, 1));

    assertThat(item.applyAuctionFigures(figures("A1", LISTED, 2500, 3000L, 7))).isTrue();

    assertThat(lastEvent(item).changes())
        .containsExactly(
            new FieldChange("currentBid", 1000L, 2500L),
            new FieldChange("hammerPrice", null, 3000L));
    assertThat(lastEvent(item).sequence()).isEqualTo(7);
  }

  @Test
  void aDuplicateOrOlderUpdateOfTheSameListingChangesNothing() {
    Item item = item();
    item.applyAuctionFigures(figures("A1", LISTED, 2500, null, 5));

    assertThat(item.applyAuctionFigures(figures("A1", LISTED, 2500, null, 5))).isFalse();
    assertThat(item.applyAuctionFigures(figures("A1", LISTED, 1000, null, 4))).isFalse();
    assertThat(item.applyAuctionFigures(figures("A1", LISTED, 9999, null, 5))).isFalse();

    assertThat(item.price().currentBid()).isEqualTo(2500);
    assertThat(item.registeredEvents()).hasSize(1);
  }

  @Test
  void aNewerUpdateThatChangesNoFigureIsNotAnnounced() {
    Item item = item();
    item.applyAuctionFigures(figures("A1", LISTED, 2500, null, 5));

    assertThat(item.applyAuctionFigures(figures("A1", LISTED, 2500, null, 6))).isFalse();

    assertThat(item.registeredEvents()).hasSize(1);
  }

  @Test
  void aRelistingReplacesTheListingShownEvenWithALowerSequence() {
    Item item = item();
    item.applyAuctionFigures(figures("A7", LISTED, 2500, null, 40));
    Instant relisted = LISTED.plus(Duration.ofDays(8));

    // A restarted auction system numbers its changes from 1 again.
    assertThat(item.applyAuctionFigures(figures("A1", relisted, 0, null, 2))).isTrue();

    assertThat(item.price().auctionId()).isEqualTo("A1");
    assertThat(lastEvent(item).auctionId()).isEqualTo("A1");
    assertThat(lastEvent(item).changes())
        .containsExactly(
            new FieldChange("listedAt", LISTED, relisted),
            new FieldChange("currentBid", 2500L, 0L));
  }

  @Test
  void aLateUpdateOfAnEarlierListingNeverBringsItBack() {
    Item item = item();
    Instant relisted = LISTED.plus(Duration.ofDays(8));
    item.applyAuctionFigures(figures("A2", relisted, 0, null, 12));

    assertThat(item.applyAuctionFigures(figures("A1", LISTED, 2500, null, 13))).isFalse();

    assertThat(item.price().auctionId()).isEqualTo("A2");
  }

  @Test
  void listingsOfTheSameMomentAreOrderedBySequence() {
    Item item = item();
    item.applyAuctionFigures(figures("A1", LISTED, 0, null, 3));

    assertThat(item.applyAuctionFigures(figures("A2", LISTED, 0, null, 2))).isFalse();
    assertThat(item.applyAuctionFigures(figures("A2", LISTED, 0, null, 4))).isTrue();
    assertThat(item.price().auctionId()).isEqualTo("A2");
  }
}
