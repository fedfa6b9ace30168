package jp.azukari.member.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Verification;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The staff member list: search, filters, sort and paging, answered by indexed queries. */
@Service
class MemberDirectory {

  private final MongoTemplate mongo;

  MemberDirectory(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  MemberPage search(MemberSearch search) {
    Query query = new Query(criteria(search));
    long total = mongo.count(query, Member.class);
    query.with(search.sort()).skip((long) search.page() * search.size()).limit(search.size());
    List<MemberSummary> content =
        mongo.find(query, Member.class).stream().map(MemberSummary::of).toList();
    return MemberPage.of(content, search.size(), search.page(), total);
  }

  static Criteria criteria(MemberSearch search) {
    var all = new ArrayList<Criteria>();
    for (String word : search.words()) {
      all.add(Criteria.where(SearchKeys.FIELD).regex("^" + escape(word)));
    }
    if (search.status() != null) {
      all.add(Criteria.where("status").is(search.status().name()));
    }
    if (search.verification() != null) {
      all.add(
          search.verification() == Verification.State.NOT_SUBMITTED
              // Members stored before verification existed have no state: not submitted.
              ? Criteria.where("verification.state")
                  .in(Arrays.asList(Verification.State.NOT_SUBMITTED.name(), null))
              : Criteria.where("verification.state").is(search.verification().name()));
    }
    if (search.emailConfirmed() != null) {
      all.add(Criteria.where("emailConfirmed").is(search.emailConfirmed()));
    }
    if (search.prefecture() != null) {
      all.add(Criteria.where("profile.address.prefecture").is(search.prefecture()));
    }
    if (!search.includeMerged()) {
      all.add(Criteria.where("mergedInto").exists(false));
    }
    return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
  }

  /**
   * Escapes every character a regular expression treats specially, with a backslash each (not
   * {@code \Q...\E}), so that MongoDB still sees an anchored prefix it can read from the index.
   */
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
