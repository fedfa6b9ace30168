package jp.azukari.inquiry.inbox;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The public contact form's protection: a small arithmetic challenge answered once within its
 * validity, and at most {@link InboxProperties.Guest#maxPerWindow()} submissions per client address
 * per window (429 beyond). Both live in MongoDB, so every instance of the service sees them.
 */
@Service
class GuestForm {

  static final String CHALLENGES = "guest_challenges";
  static final String SUBMISSIONS = "guest_submissions";

  record Challenge(String id, String question) {}

  private final MongoTemplate mongo;
  private final Clock clock;
  private final InboxProperties properties;
  private final SecureRandom random = new SecureRandom();

  GuestForm(MongoTemplate mongo, Clock clock, InboxProperties properties) {
    this.mongo = mongo;
    this.clock = clock;
    this.properties = properties;
    mongo
        .indexOps(CHALLENGES)
        .createIndex(
            new Index()
                .on("expiresAt", org.springframework.data.domain.Sort.Direction.ASC)
                .expire(0));
    mongo
        .indexOps(SUBMISSIONS)
        .createIndex(
            new Index()
                .on("at", org.springframework.data.domain.Sort.Direction.ASC)
                .expire(properties.guest().window().plusMinutes(1)));
  }

  /** A new question: the sum of two small numbers. */
  Challenge challenge(String language) {
    int a = 1 + random.nextInt(9);
    int b = 1 + random.nextInt(9);
    String id = UUID.randomUUID().toString();
    mongo.insert(
        new Document("_id", id)
            .append("answer", String.valueOf(a + b))
            .append("expiresAt", clock.instant().plus(properties.guest().challengeValidity())),
        CHALLENGES);
    String question =
        "en".equals(language) ? "What is " + a + " plus " + b + "?" : a + " たす " + b + " はいくつですか？";
    return new Challenge(id, question);
  }

  /**
   * Counts the submission against the client's limit (429 {@code too-many-inquiries} beyond it) and
   * checks the answer (400 {@code challenge-failed}); a challenge is used up either way.
   */
  void check(String client, String challengeId, String answer) {
    Instant now = clock.instant();
    long recent =
        mongo.count(
            Query.query(
                Criteria.where("client")
                    .is(client)
                    .and("at")
                    .gt(now.minus(properties.guest().window()))),
            SUBMISSIONS);
    if (recent >= properties.guest().maxPerWindow()) {
      throw new InboxProblems.Refusal(
          HttpStatus.TOO_MANY_REQUESTS,
          "too-many-inquiries",
          "Too many inquiries from your address; please try again later.",
          Map.of());
    }
    mongo.insert(new Document("client", client).append("at", now), SUBMISSIONS);
    Document challenge =
        mongo.findAndRemove(
            Query.query(Criteria.where("_id").is(challengeId)), Document.class, CHALLENGES);
    boolean valid =
        challenge != null
            && challenge.getDate("expiresAt").toInstant().isAfter(now)
            && challenge.getString("answer").equals(normalise(answer));
    if (!valid) {
      throw InboxProblems.badRequest(
          "challenge-failed", "The answer to the question was wrong or too late; try a new one.");
    }
  }

  /** Full-width digits count as digits. */
  private static String normalise(String answer) {
    var digits = new StringBuilder();
    for (char c : answer.strip().toCharArray()) {
      if (c >= '０' && c <= '９') {
        digits.append((char) ('0' + (c - '０')));
      } else {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  /**
   * The client's address: the last entry of X-Forwarded-For, the one the gateway added (earlier
   * entries come from the client and prove nothing), else the connection's.
   */
  static String client(HttpServletRequest request) {
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded != null && !forwarded.isBlank()) {
      String[] hops = forwarded.split(",");
      return hops[hops.length - 1].strip();
    }
    return request.getRemoteAddr();
  }
}
