package jp.azukari.item.ledger;

import jakarta.annotation.PostConstruct;
import jp.azukari.item.item.Item;
import jp.azukari.item.request.RequestRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Indexes the ledger sweep needs on the items and requests collections (what changed since a time),
 * named as {@code @Indexed} would name them, so that the item and request classes may declare them
 * later without a clash. An index that exists under another name serves as well.
 */
@Component
class LedgerIndexes {

  private static final Logger log = LoggerFactory.getLogger(LedgerIndexes.class);

  private final MongoTemplate mongo;

  LedgerIndexes(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @PostConstruct
  void create() {
    index(RequestRecord.class, "itemsReceivedAt");
    index(RequestRecord.class, "updatedAt");
    index(Item.class, "createdAt");
    index(Item.class, "updatedAt");
  }

  private void index(Class<?> type, String field) {
    try {
      mongo.indexOps(type).createIndex(new Index().on(field, Sort.Direction.ASC).named(field));
    } catch (RuntimeException existsOtherwise) {
      log.info(
          "Index on {}.{} not created: {}",
          type.getSimpleName(),
          field,
          existsOtherwise.getMessage());
    }
  }
}
