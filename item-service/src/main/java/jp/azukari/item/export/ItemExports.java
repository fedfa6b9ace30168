package jp.azukari.item.export;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.azukari.contracts.Actor;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Item exports for marketplaces: a profile's columns over the selected items, in the background.
 */
@Service
class ItemExports {

  private final MongoTemplate mongo;
  private final ExportProfiles profiles;
  private final ExportJobs jobs;
  private final CurrentActor currentActor;
  private final ExportProperties properties;
  private final Clock clock;

  ItemExports(
      MongoTemplate mongo,
      ExportProfiles profiles,
      ExportJobs jobs,
      CurrentActor currentActor,
      ExportProperties properties,
      Clock clock) {
    this.mongo = mongo;
    this.profiles = profiles;
    this.jobs = jobs;
    this.currentActor = currentActor;
    this.properties = properties;
    this.clock = clock;
  }

  ExportJob start(ExportRequest request) {
    List<FieldError> errors = new ArrayList<>(request.problems(properties.maxItemIds()));
    ExportProfile profile = profiles.find(request.profileId()).orElse(null);
    if (profile == null) {
      errors.add(
          new FieldError("profileId", "profile.unknown", "There is no such export profile."));
    }
    if (!errors.isEmpty()) {
      throw ExportProblem.invalid(errors);
    }
    Actor staff = currentActor.get();
    Instant now = clock.instant();
    ExportJob job =
        ExportJob.items(
            UUID.randomUUID().toString(),
            profile,
            Downloads.fileName(profile.name(), now, profile.format().file()),
            staff.id(),
            staff.name(),
            now);
    return jobs.start(
        job, new ItemTable(mongo, profile.columns(), request.query()), profile.name());
  }
}
