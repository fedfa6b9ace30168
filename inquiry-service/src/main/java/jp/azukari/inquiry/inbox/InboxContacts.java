package jp.azukari.inquiry.inbox;

import java.util.LinkedHashSet;
import java.util.Set;
import jp.azukari.inquiry.timeline.InquiryContacts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Finds inquiries by their customer's address or phone, over the inbox's indexed fields. */
@Component
class InboxContacts implements InquiryContacts {

  private final MongoTemplate mongo;

  InboxContacts(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Set<String> withEmail(String email) {
    return idsWhere("email", email);
  }

  @Override
  public Set<String> withPhone(String digits) {
    return idsWhere("phone", digits);
  }

  private Set<String> idsWhere(String field, String value) {
    Set<String> ids = new LinkedHashSet<>();
    if (value == null || value.isBlank()) {
      return ids;
    }
    var query = Query.query(Criteria.where(field).is(value));
    query.fields().include("_id");
    mongo.find(query, Inquiry.class).forEach(inquiry -> ids.add(inquiry.id()));
    return ids;
  }
}
