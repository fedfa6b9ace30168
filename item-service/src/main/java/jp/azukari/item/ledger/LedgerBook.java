package jp.azukari.item.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.azukari.item.item.Item;
import jp.azukari.item.member.MemberRecord;
import jp.azukari.item.request.RequestRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Writes the ledger: an entry for each item of a request whose items are in the shop, made once
 * (the entry's id is the item's), the counterparty copied from the member record at that moment;
 * afterwards only the description follows the item, and a missing counterparty or verification is
 * filled in once. Every step is idempotent, so running it again over the same items does nothing.
 */
@Component
class LedgerBook {

  private static final Logger log = LoggerFactory.getLogger(LedgerBook.class);

  private final MongoTemplate mongo;
  private final Clock clock;

  LedgerBook(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** Enters every item of a request whose items were received. */
  int enterRequest(RequestRecord request) {
    if (request.itemsReceivedAt() == null) {
      return 0;
    }
    List<Item> items =
        mongo.find(
            Query.query(Criteria.where("requestId").is(request.id())).with(Sort.by("number")),
            Item.class);
    int entered = 0;
    for (Item item : items) {
      entered += enter(item, request) ? 1 : 0;
    }
    return entered;
  }

  /**
   * Enters an item of a received request, or brings its entry's description up to date.
   *
   * @return whether a new entry was made
   */
  boolean enter(Item item, RequestRecord request) {
    if (request == null || request.itemsReceivedAt() == null) {
      return false;
    }
    LedgerEntry existing = mongo.findById(item.id(), LedgerEntry.class);
    if (existing != null) {
      follow(existing, item);
      return false;
    }
    Instant acquiredAt = request.itemsReceivedAt();
    MemberRecord member = mongo.findById(item.memberId(), MemberRecord.class);
    var entry =
        LedgerEntry.acquired(
            item.id(),
            item.number(),
            request.id(),
            request.number(),
            item.memberId(),
            acquiredAt,
            Descriptions.of(item),
            Counterparties.copy(member, Ledger.dateOf(acquiredAt)),
            Counterparties.verification(member),
            clock.instant());
    try {
      mongo.insert(entry);
      log.info("Ledger: item {} acquired on {}", item.number(), entry.acquiredOn());
      return true;
    } catch (DuplicateKeyException enteredMeanwhile) {
      return false;
    }
  }

  /** The entry takes the item's current description, keeping what changed as corrections. */
  void follow(LedgerEntry entry, Item item) {
    Instant at = item.updatedAt() != null ? item.updatedAt() : clock.instant();
    if (entry.follow(Descriptions.of(item), at)) {
      save(entry);
    }
  }

  /** Fills in a counterparty or verification the entry was made without. */
  void complete(LedgerEntry entry) {
    MemberRecord member = mongo.findById(entry.memberId(), MemberRecord.class);
    if (member == null) {
      return;
    }
    boolean changed =
        entry.completeCounterparty(
            Counterparties.copy(member, entry.acquiredOn()), clock.instant());
    changed |= entry.completeVerification(Counterparties.verification(member));
    if (changed) {
      save(entry);
    }
  }

  private void save(LedgerEntry entry) {
    try {
      mongo.save(entry);
    } catch (OptimisticLockingFailureException changedMeanwhile) {
      // Another run changed it at the same moment; the next sweep looks at it again.
      log.debug("Ledger entry {} changed meanwhile", entry.id());
    }
  }
}
