package jp.azukari.workflow.members;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** workflow-service's own knowledge of members (see {@link KnownMember}), for requests. */
@Service
public class Members {

  private final MongoTemplate mongo;

  Members(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** What is known of the member; {@code UNKNOWN} verification when nothing is. */
  public MemberFacts facts(String id) {
    KnownMember member = mongo.findById(id, KnownMember.class);
    return member == null ? MemberFacts.unknown(id) : MemberFacts.of(member);
  }

  /** What is known of each of the members, by id; every id has an entry. */
  public Map<String, MemberFacts> facts(Collection<String> ids) {
    var facts = new HashMap<String, MemberFacts>();
    if (ids.isEmpty()) {
      return facts;
    }
    mongo
        .find(Query.query(Criteria.where("_id").in(new HashSet<>(ids))), KnownMember.class)
        .forEach(member -> facts.put(member.id(), MemberFacts.of(member)));
    ids.forEach(id -> facts.computeIfAbsent(id, MemberFacts::unknown));
    return facts;
  }

  /** The ids among {@code ids} of members not known to be verified. */
  public Set<String> unverifiedAmong(Collection<String> ids) {
    var unverified = new HashSet<>(ids);
    if (ids.isEmpty()) {
      return unverified;
    }
    mongo
        .find(
            Query.query(
                Criteria.where("_id")
                    .in(new HashSet<>(ids))
                    .and("verification")
                    .is(MemberVerification.VERIFIED.name())),
            KnownMember.class)
        .forEach(member -> unverified.remove(member.id()));
    return unverified;
  }

  /** Ids of members whose name contains {@code text} (spaces ignored), at most {@code limit}. */
  public List<String> idsNamed(String text, int limit) {
    String wanted = text.replaceAll("\\s+", "");
    if (wanted.isEmpty()) {
      return List.of();
    }
    var query =
        Query.query(Criteria.where("searchName").regex(java.util.regex.Pattern.quote(wanted)))
            .limit(limit);
    query.fields().include("_id");
    return mongo.find(query, KnownMember.class).stream().map(KnownMember::id).toList();
  }

  /**
   * Refuses a new request the member's account status forbids.
   *
   * @param deliveryKit whether the request asks for a delivery kit
   * @param byStaff whether staff start it for the member (answered 409 to them, 403 to a member)
   * @throws RequestNotAllowedException with the plain-language reason
   */
  public void requireMayStart(String memberId, boolean deliveryKit, boolean byStaff) {
    StartPolicy.refusal(facts(memberId).accountStatus(), deliveryKit)
        .ifPresent(
            refusal -> {
              throw byStaff
                  ? RequestNotAllowedException.toStaff(refusal)
                  : RequestNotAllowedException.toMember(refusal);
            });
  }
}
