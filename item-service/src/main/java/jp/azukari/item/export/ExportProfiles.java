package jp.azukari.item.export;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.web.IfMatch;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The export profiles: listed for staff, changed (or added) by admins. */
@Service
class ExportProfiles {

  static final Pattern ID = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

  /** A saved profile, and whether it was new. */
  record Saved(ExportProfile profile, boolean created) {}

  private final MongoTemplate mongo;
  private final CurrentActor currentActor;
  private final Clock clock;

  ExportProfiles(MongoTemplate mongo, CurrentActor currentActor, Clock clock) {
    this.mongo = mongo;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  List<ExportProfile> all() {
    return mongo.find(new Query().with(Sort.by("name")), ExportProfile.class);
  }

  Optional<ExportProfile> find(String id) {
    return Optional.ofNullable(mongo.findById(id, ExportProfile.class));
  }

  /**
   * Changes a profile at the version the admin edited ({@code If-Match}), or adds a new one under
   * an unused id (without {@code If-Match}). Invalid input changes nothing.
   */
  Saved save(String id, String ifMatch, ProfileInput input) {
    List<FieldError> errors = ProfileRules.check(input);
    if (!errors.isEmpty()) {
      throw ExportProblem.invalid(errors);
    }
    String by = currentActor.get().name();
    Optional<ExportProfile> existing = find(id);
    if (existing.isEmpty()) {
      if (ifMatch != null) {
        throw ExportProblem.profileUnknown();
      }
      if (!ID.matcher(id).matches()) {
        throw ExportProblem.invalid(
            List.of(
                new FieldError(
                    "id",
                    "id.format",
                    "A new profile's id is 2 to 40 lowercase letters, digits and hyphens.")));
      }
      var created =
          ExportProfile.create(
              id,
              input.name().strip(),
              input.format(),
              input.encodingOrDefault(),
              input.exportColumns(),
              by,
              clock.instant());
      try {
        return new Saved(mongo.insert(created), true);
      } catch (DuplicateKeyException addedMeanwhile) {
        throw new OptimisticLockingFailureException("Profile " + id + " was added meanwhile");
      }
    }
    ExportProfile profile = existing.get();
    IfMatch.check(profile, ifMatch);
    profile.change(
        input.name().strip(),
        input.format(),
        input.encodingOrDefault(),
        input.exportColumns(),
        by,
        clock.instant());
    return new Saved(mongo.save(profile), false);
  }
}
