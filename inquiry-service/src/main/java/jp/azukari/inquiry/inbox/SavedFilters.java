package jp.azukari.inquiry.inbox;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import jp.azukari.platform.security.CurrentActor;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Each staff member's own saved inbox filters. A personal view setting, so no event. */
@RestController
@RequestMapping("/api/inquiries/filters")
@PreAuthorize("hasRole('staff')")
class SavedFilters {

  static final int MAX_PER_STAFF = 50;

  @Document("saved_filters")
  record SavedFilter(
      @Id String id,
      @Indexed String ownerId,
      String name,
      InboxInputs.FilterQuery query,
      java.time.Instant createdAt) {}

  record FilterView(String id, String name, InboxInputs.FilterQuery query) {}

  private final MongoTemplate mongo;
  private final CurrentActor currentActor;
  private final Clock clock;

  SavedFilters(MongoTemplate mongo, CurrentActor currentActor, Clock clock) {
    this.mongo = mongo;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  @GetMapping
  List<FilterView> mine() {
    return mongo
        .find(
            Query.query(Criteria.where("ownerId").is(currentActor.get().id()))
                .with(Sort.by("createdAt", "_id")),
            SavedFilter.class)
        .stream()
        .map(f -> new FilterView(f.id(), f.name(), f.query()))
        .toList();
  }

  @PostMapping
  ResponseEntity<FilterView> save(@Valid @RequestBody InboxInputs.FilterInput input) {
    String owner = currentActor.get().id();
    if (mongo.count(Query.query(Criteria.where("ownerId").is(owner)), SavedFilter.class)
        >= MAX_PER_STAFF) {
      throw InboxProblems.conflict("too-many-filters", "Keep at most 50 saved filters.");
    }
    var filter =
        new SavedFilter(
            UUID.randomUUID().toString(),
            owner,
            input.name().strip(),
            input.query(),
            clock.instant());
    mongo.insert(filter);
    return ResponseEntity.created(URI.create("/api/inquiries/filters/" + filter.id()))
        .body(new FilterView(filter.id(), filter.name(), filter.query()));
  }

  /** Someone else's filter is as unknown as a missing one. */
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable String id) {
    var removed =
        mongo.remove(
            Query.query(Criteria.where("_id").is(id).and("ownerId").is(currentActor.get().id())),
            SavedFilter.class);
    if (removed.getDeletedCount() == 0) {
      throw new InboxProblems.Refusal(
          org.springframework.http.HttpStatus.NOT_FOUND,
          "filter-unknown",
          "There is no such saved filter.",
          java.util.Map.of());
    }
    return ResponseEntity.noContent().build();
  }
}
