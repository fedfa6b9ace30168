package jp.azukari.item.item;

import jp.azukari.item.field.FieldUsage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Whether any item (removed ones included, until purged) holds a value under a field's key. */
@Component
class ItemFieldUsage implements FieldUsage {

  private final MongoTemplate mongo;

  ItemFieldUsage(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public boolean inUse(String key) {
    return mongo.exists(Query.query(Criteria.where("values." + key).exists(true)), Item.class);
  }
}
