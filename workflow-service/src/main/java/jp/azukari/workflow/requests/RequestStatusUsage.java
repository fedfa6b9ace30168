package jp.azukari.workflow.requests;

import java.util.HashSet;
import java.util.Set;
import jp.azukari.workflow.statuses.RequestType;
import jp.azukari.workflow.statuses.StatusUsage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Tells the status configuration which statuses requests are or were in: a request's history holds
 * every status it entered, its first status included.
 */
@Component
class RequestStatusUsage implements StatusUsage {

  private final MongoTemplate mongo;

  RequestStatusUsage(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Set<String> usedAmong(RequestType type, Set<String> codes) {
    var used = new HashSet<String>();
    for (String code : codes) {
      var query =
          Query.query(
              new Criteria()
                  .andOperator(
                      Criteria.where("type").is(type.name()),
                      new Criteria()
                          .orOperator(
                              Criteria.where("status").is(code),
                              Criteria.where("history.to").is(code))));
      if (mongo.exists(query, Request.class)) {
        used.add(code);
      }
    }
    return used;
  }
}
