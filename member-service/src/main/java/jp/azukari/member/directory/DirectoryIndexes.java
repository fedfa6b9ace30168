package jp.azukari.member.directory;

import java.util.List;
import jp.azukari.member.profile.Member;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The indexes the member list's filters, sorts and search use, created at start-up (creating an
 * existing index is a no-op), and the search keys of members stored before search existed.
 *
 * <p>Each filter is an equality followed by the default sort, so MongoDB reads one index range in
 * order: {@code status + createdAt}, {@code emailConfirmed + createdAt}, {@code verification.state
 * + createdAt}, {@code prefecture + createdAt}. The search keys are a multikey index read by
 * anchored prefix regular expressions.
 */
@Component
class DirectoryIndexes implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DirectoryIndexes.class);
  private static final int BATCH = 500;

  private final MongoTemplate mongo;

  DirectoryIndexes(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void run(ApplicationArguments args) {
    IndexOperations indexes = mongo.indexOps(Member.class);
    indexes.createIndex(named("directory_created").on("createdAt", Direction.DESC));
    indexes.createIndex(named("directory_updated").on("updatedAt", Direction.DESC));
    indexes.createIndex(
        named("directory_status_created")
            .on("status", Direction.ASC)
            .on("createdAt", Direction.DESC));
    indexes.createIndex(
        named("directory_email_confirmed_created")
            .on("emailConfirmed", Direction.ASC)
            .on("createdAt", Direction.DESC));
    indexes.createIndex(
        named("directory_verification_created")
            .on("verification.state", Direction.ASC)
            .on("createdAt", Direction.DESC));
    indexes.createIndex(
        named("directory_prefecture_created")
            .on("profile.address.prefecture", Direction.ASC)
            .on("createdAt", Direction.DESC));
    indexes.createIndex(
        named("directory_name_kana")
            .on("profile.familyNameKana", Direction.ASC)
            .on("profile.givenNameKana", Direction.ASC));
    indexes.createIndex(named("directory_phone").on("profile.phone", Direction.ASC));
    indexes.createIndex(
        named("directory_postal_code").on("profile.address.postalCode", Direction.ASC));
    indexes.createIndex(named("directory_search_keys").on(SearchKeys.FIELD, Direction.ASC));
    ensureEmailIndex(indexes);
    addMissingSearchKeys();
  }

  /**
   * Imports match members by email, one member per address (as Keycloak, where members log in with
   * it, has it): a unique index, sparse because members created before their token carried an
   * address have none. Another feature may declare its own index on the address; MongoDB allows one
   * per key pattern, so this one is only added if there is none, and left out (with a warning) if
   * stored members already share an address.
   */
  private void ensureEmailIndex(IndexOperations indexes) {
    boolean present =
        indexes.getIndexInfo().stream()
            .anyMatch(
                info ->
                    info.getIndexFields().size() == 1
                        && info.getIndexFields().getFirst().getKey().equals("email"));
    if (present) {
      return;
    }
    try {
      indexes.createIndex(named("directory_email").on("email", Direction.ASC).unique().sparse());
    } catch (DataIntegrityViolationException | UncategorizedMongoDbException shared) {
      log.warn("Members share email addresses; email index not created: {}", shared.getMessage());
    }
  }

  private void addMissingSearchKeys() {
    Query missing = Query.query(Criteria.where(SearchKeys.FIELD).exists(false)).limit(BATCH);
    int count = 0;
    List<Member> batch;
    do {
      batch = mongo.find(missing, Member.class);
      for (Member member : batch) {
        mongo.updateFirst(
            Query.query(Criteria.where("_id").is(member.id())),
            Update.update(SearchKeys.FIELD, SearchKeys.of(member)),
            Member.class);
      }
      count += batch.size();
    } while (batch.size() == BATCH);
    if (count > 0) {
      log.info("Search keys added to {} members stored before search existed", count);
    }
  }

  private static Index named(String name) {
    return new Index().named(name);
  }
}
