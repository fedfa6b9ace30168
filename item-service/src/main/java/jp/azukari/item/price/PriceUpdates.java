package jp.azukari.item.price;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import jp.azukari.item.item.Item;
import jp.azukari.item.item.ItemRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Applies one feed update to the item whose number is its {@code itemRef}, through the item itself
 * ({@link Item#applyAuctionFigures}), so an old, duplicate or replayed update changes nothing. The
 * item is saved with optimistic locking: when staff saved it in between, the update is applied
 * again to what they saved, and neither change is lost.
 */
@Component
class PriceUpdates {

  private static final Logger log = LoggerFactory.getLogger(PriceUpdates.class);
  static final int ATTEMPTS = 5;

  /** What became of an update. */
  enum Outcome {
    APPLIED,
    IGNORED,
    ORPHANED
  }

  private final ItemRepository items;
  private final PriceOrphans orphans;
  private final Clock clock;
  private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);
  private final Counter incomplete;

  PriceUpdates(ItemRepository items, PriceOrphans orphans, Clock clock, MeterRegistry meters) {
    this.items = items;
    this.orphans = orphans;
    this.clock = clock;
    for (Outcome outcome : Outcome.values()) {
      counters.put(outcome, counter(meters, outcome.name().toLowerCase()));
    }
    this.incomplete = counter(meters, "incomplete");
  }

  private static Counter counter(MeterRegistry meters, String outcome) {
    return Counter.builder("azukari.auction.updates")
        .description("Auction feed updates by what became of them")
        .tag("outcome", outcome)
        .register(meters);
  }

  Outcome apply(FeedUpdate update) {
    if (!update.complete()) {
      incomplete.increment();
      log.warn("Auction feed update without auctionId, itemRef or sequence ignored: {}", update);
      return count(Outcome.IGNORED);
    }
    for (int attempt = 1; ; attempt++) {
      Item item = items.findByNumber(update.itemRef()).orElse(null);
      if (item == null) {
        orphans.keep(update);
        return count(Outcome.ORPHANED);
      }
      if (!item.applyAuctionFigures(update.figures(clock.instant()))) {
        return count(Outcome.IGNORED);
      }
      try {
        items.save(item);
        return count(Outcome.APPLIED);
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        if (attempt == ATTEMPTS) {
          throw changedMeanwhile;
        }
        log.debug("Item {} changed while its price was applied; applying again", item.id());
      }
    }
  }

  /** Applies the kept updates of items that exist by now; returns how many there were. */
  int adoptOrphans() {
    var arrived = orphans.arrived();
    for (PriceOrphan orphan : arrived) {
      Outcome outcome = apply(orphan.update());
      if (outcome != Outcome.ORPHANED) {
        orphans.remove(orphan);
        log.info(
            "Item {} exists now; auction listing {} kept aside for it applied",
            orphan.itemRef(),
            orphan.update().auctionId());
      }
    }
    return arrived.size();
  }

  private Outcome count(Outcome outcome) {
    counters.get(outcome).increment();
    return outcome;
  }
}
