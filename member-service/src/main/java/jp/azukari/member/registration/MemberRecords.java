package jp.azukari.member.registration;

import java.util.Optional;
import jp.azukari.member.profile.AccountStatus;
import jp.azukari.member.profile.Member;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The member records sign-up needs: by address, by id, blacklisted or not; and new ones. */
@Component
class MemberRecords {

  private final MongoTemplate mongo;

  MemberRecords(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  Optional<Member> byEmail(String normalizedEmail) {
    return Optional.ofNullable(
        mongo.findOne(Query.query(Criteria.where("email").is(normalizedEmail)), Member.class));
  }

  Optional<Member> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Member.class));
  }

  /** Whether a BLACKLISTED member has this address or (when given) this phone number. */
  boolean blacklisted(String normalizedEmail, String phone) {
    var sameContact =
        phone == null
            ? Criteria.where("email").is(normalizedEmail)
            : new Criteria()
                .orOperator(
                    Criteria.where("email").is(normalizedEmail),
                    Criteria.where("profile.phone").is(phone));
    return mongo.exists(
        Query.query(
            new Criteria()
                .andOperator(
                    Criteria.where("status").is(AccountStatus.BLACKLISTED.name()), sameContact)),
        Member.class);
  }

  Member insert(Member member) {
    return mongo.insert(member);
  }

  Member save(Member member) {
    return mongo.save(member);
  }
}
