package jp.azukari.item.item;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jp.azukari.item.field.Audience;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The staff item list: filters, text search, sort and paging. */
@Service
class ItemList {

  /** The values the text search looks in, besides the number. */
  static final List<String> SEARCHED_VALUES = List.of("name", "brand", "title");

  private final MongoTemplate mongo;
  private final ItemViews views;

  ItemList(MongoTemplate mongo, ItemViews views) {
    this.mongo = mongo;
    this.views = views;
  }

  ItemPage search(ItemSearch search) {
    Query query = new Query(criteria(search));
    long total = mongo.count(query, Item.class);
    query.with(search.sort()).skip((long) search.page() * search.size()).limit(search.size());
    List<Item> found = mongo.find(query, Item.class);
    return ItemPage.of(views.of(found, Audience.STAFF), search.size(), search.page(), total);
  }

  static Criteria criteria(ItemSearch search) {
    var all = new ArrayList<Criteria>();
    all.add(Criteria.where("removedAt").is(null));
    if (search.requestId() != null) {
      all.add(Criteria.where("requestId").is(search.requestId()));
    }
    if (search.memberId() != null) {
      all.add(Criteria.where("memberId").is(search.memberId()));
    }
    if (search.listed() != null) {
      all.add(
          search.listed() ? Criteria.where("price").ne(null) : Criteria.where("price").is(null));
    }
    if (search.q() != null) {
      all.add(text(search.q()));
    }
    return new Criteria().andOperator(all);
  }

  /**
   * The text as typed and in its NFKC form (full-width letters and digits as half-width), found
   * anywhere in the number or the searched values, ignoring case.
   */
  private static Criteria text(String q) {
    var forms = new LinkedHashSet<String>();
    forms.add(q);
    forms.add(Normalizer.normalize(q, Normalizer.Form.NFKC));
    var any = new ArrayList<Criteria>();
    for (String form : forms) {
      String pattern = escape(form);
      any.add(Criteria.where("number").regex(pattern, "i"));
      for (String key : SEARCHED_VALUES) {
        any.add(Criteria.where("values." + key).regex(pattern, "i"));
      }
    }
    return new Criteria().orOperator(any);
  }

  /** Escapes every character a regular expression treats specially, with a backslash each. */
  static String escape(String literal) {
    var out = new StringBuilder(literal.length() + 8);
    for (char c : literal.toCharArray()) {
      if ("\\^$.|?*+()[]{}-/".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
